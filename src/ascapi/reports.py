"""Sales and finance reports: download, gunzip and parse Apple's tab-separated files.

``GET /v1/salesReports`` and ``GET /v1/financeReports`` answer ``application/a-gzip``: a gzip
file (sometimes several gzip members back to back) holding UTF-8 TSV with one header line.
Rows are keyed by the file's own header names, so columns Apple adds anywhere are kept and
known ones are found wherever they sit. A 404 for a date without data becomes
:class:`ReportNotAvailable` (still a :class:`~ascapi.errors.NotFoundError`).

Analytics reports go request -> reports -> instances -> segments. Each segment is a gzipped
TSV at a pre-signed URL on another host: it is fetched without the API token, and its MD5
``checksum`` and ``sizeInBytes`` are checked before it is parsed.
"""

from __future__ import annotations

import csv as _csv
import datetime as _dt
import decimal
import hashlib
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .errors import (
    AscError,
    ConflictError,
    InvalidArgumentError,
    NotFoundError,
    ResponseDecodeError,
)

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

    from ._client import AsyncClient, Client

__all__ = [
    "AnalyticsReportData",
    "AnalyticsReportNotFound",
    "AnalyticsSegment",
    "Report",
    "ReportDataError",
    "ReportNotAvailable",
    "SegmentDownloadError",
    "SegmentIntegrityError",
    "async_download_analytics_report",
    "async_download_analytics_segment",
    "async_download_finance_report",
    "async_download_sales_report",
    "async_list_analytics_instances",
    "async_list_analytics_reports",
    "async_list_analytics_segments",
    "async_request_analytics_report",
    "check_report_date",
    "download_analytics_report",
    "download_analytics_segment",
    "download_finance_report",
    "download_sales_report",
    "gunzip",
    "iter_gunzip",
    "list_analytics_instances",
    "list_analytics_reports",
    "list_analytics_segments",
    "parse_report",
    "parse_segment",
    "request_analytics_report",
]

_GZIP_MAGIC = b"\x1f\x8b"
_SUNDAY = 6  # date.weekday()
_ACCEPT = {"Accept": "application/a-gzip, */*"}
_DATE_FORMATS = {
    "DAILY": ("%Y-%m-%d", "YYYY-MM-DD", re.compile(r"\d{4}-\d{2}-\d{2}")),
    "WEEKLY": ("%Y-%m-%d", "YYYY-MM-DD", re.compile(r"\d{4}-\d{2}-\d{2}")),
    "MONTHLY": ("%Y-%m", "YYYY-MM", re.compile(r"\d{4}-\d{2}")),
    "YEARLY": ("%Y", "YYYY", re.compile(r"\d{4}")),
}


class ReportNotAvailable(NotFoundError):
    """Apple has no report for the requested filters (typically: no sales on that date)."""


class ReportDataError(ResponseDecodeError):
    """The report's bytes are not a well-formed gzip TSV (cut short, or a cell that should be
    a number is not): a ``ResponseDecodeError``, so an ``AscError`` like every failure of a call."""


# --------------------------------------------------------------------------- decoding


def iter_gunzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Decompress a stream of bytes chunk by chunk.

    Handles several gzip members back to back (``zlib`` alone stops after the first one) and
    passes data through unchanged when it is not gzip at all (an HTTP layer that already
    removed the compression).
    """
    decomp: Any = None  # the current member's decompressor; None between members
    started = False
    passthrough = False
    head = b""
    for chunk in chunks:
        if passthrough:
            yield chunk
            continue
        if not started:
            head += chunk
            if len(head) < 2:
                continue
            started = True
            if not head.startswith(_GZIP_MAGIC):
                passthrough = True
                yield head
                continue
            chunk = head
        while chunk:
            if decomp is None:
                decomp = zlib.decompressobj(wbits=31)
            out = decomp.decompress(chunk)
            if out:
                yield out
            if not decomp.eof:
                break
            # This member ended; whatever is left starts the next one.
            chunk = decomp.unused_data
            decomp = None
    if not started and head:  # one lone byte: not gzip
        yield head
    if decomp is not None:
        raise ReportDataError("truncated gzip stream: the report was cut short; download it again")


def gunzip(data: bytes) -> bytes:
    """Decompress ``data`` (multi-member safe); non-gzip data is returned unchanged."""
    return b"".join(iter_gunzip([data]))


def _iter_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """UTF-8 lines from decompressed chunks, with line ends removed (LF or CRLF)."""
    decoder = _IncrementalUTF8()
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line.removesuffix("\r")
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending.removesuffix("\r")


class _IncrementalUTF8:
    def __init__(self) -> None:
        import codecs

        # utf-8-sig drops a byte-order mark, which some exports start with.
        self._dec = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")

    def decode(self, data: bytes, final: bool = False) -> str:
        return self._dec.decode(data, final)


def parse_report(
    data: bytes | Iterable[bytes],
) -> tuple[list[str], list[dict[str, str]], dict[str, str]]:
    """Parse a (possibly gzipped) report into ``(columns, rows, footer)``.

    Each row maps every header name to its cell ("" when empty); a short row is padded rather
    than shifted. Finance reports end with a blank line and ``Total_Rows``-style summary lines:
    those go into ``footer`` instead of the rows.
    """
    chunks: Iterable[bytes] = [bytes(data)] if isinstance(data, (bytes, bytearray)) else data
    lines = _iter_lines(iter_gunzip(bytes(c) for c in chunks))
    columns: list[str] = []
    for line in lines:
        if line.strip():
            columns = line.split("\t")
            break
    rows: list[dict[str, str]] = []
    footer: dict[str, str] = {}
    width = len(columns)
    in_footer = False
    for line in lines:
        if not line.strip():
            in_footer = bool(rows)
            continue
        cells = line.split("\t")
        if in_footer:
            footer[cells[0]] = cells[1] if len(cells) > 1 else ""
            continue
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        rows.append(dict(zip(columns, cells, strict=False)))
    return columns, rows, footer


# --------------------------------------------------------------------------- report object


def _require_columns(columns: Sequence[str], *names: str) -> None:
    for name in names:
        if name not in columns:
            available = ", ".join(repr(c) for c in columns) or "none"
            raise KeyError(f"no column {name!r} in this report; its columns are: {available}")


def _amount(cell: str, column: str, row: int) -> Decimal:
    """A cell as an exact decimal; a blank cell is 0."""
    text = cell.strip()
    if not text:
        return Decimal(0)
    try:
        return Decimal(text)
    except decimal.InvalidOperation:
        raise ReportDataError(f"column {column!r}, row {row}: {cell!r} is not a number") from None


def _sum(columns: Sequence[str], rows: Sequence[Mapping[str, str]], name: str) -> Decimal:
    if not columns:  # an empty report (no file at all): nothing to add up
        return Decimal(0)
    _require_columns(columns, name)
    return sum((_amount(row.get(name, ""), name, i) for i, row in enumerate(rows, 1)), Decimal(0))


def _sum_by(columns: Sequence[str], rows: Sequence[Mapping[str, str]], name: str,
            by: str) -> dict[str, Decimal]:
    if not columns:
        return {}
    _require_columns(columns, name, by)
    totals: dict[str, Decimal] = {}
    for i, row in enumerate(rows, 1):
        key = row.get(by, "")
        totals[key] = totals.get(key, Decimal(0)) + _amount(row.get(name, ""), name, i)
    return totals


# Money columns of sales and finance reports: the column naming their currency, and whether
# the amount is per unit (a row's money is then Units × amount).
_MONEY_COLUMNS: dict[str, tuple[str, bool]] = {
    "Developer Proceeds": ("Currency of Proceeds", True),
    "Customer Price": ("Customer Currency", True),
    "Partner Share": ("Partner Share Currency", True),
    "Extended Partner Share": ("Partner Share Currency", False),
}


@dataclass(repr=False)
class Report:
    """A downloaded report. ``raw`` is exactly what Apple sent (gzip bytes).

    Sums are exact :class:`~decimal.Decimal` values. Money columns are in one currency per row
    (``Currency of Proceeds``), so add them up per currency with :meth:`total_by`.
    """

    raw: bytes
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    footer: dict[str, str] = field(default_factory=dict)
    filters: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    rate_limit: Any = None
    available: bool = True

    @classmethod
    def from_bytes(cls, raw: bytes, **kwargs: Any) -> Report:
        columns, rows, footer = parse_report(raw)
        return cls(raw=raw, columns=columns, rows=rows, footer=footer, **kwargs)

    @property
    def text(self) -> str:
        """The decompressed TSV text."""
        return gunzip(self.raw).decode("utf-8-sig", errors="replace")

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, str]]:
        return iter(self.rows)

    def column(self, name: str) -> list[str]:
        """Every row's value of one column ("" where a row lacks it)."""
        return [row.get(name, "") for row in self.rows]

    def total(self, name: str) -> Decimal:
        """Exact sum of a numeric column (e.g. ``"Units"``); blanks count as 0.

        A money column counts what it stands for: an amount per unit (``Developer Proceeds``,
        ``Customer Price``, ``Partner Share``) is multiplied by the row's units (``Units``, or
        ``Quantity`` in finance reports). Money in several currencies is refused with a
        ``ValueError`` (see :meth:`total_by`); ``KeyError`` (naming the available columns) when
        the report has no such column.
        """
        money = _MONEY_COLUMNS.get(name)
        if money is not None and name in self.columns:
            currency = money[0]
            currencies = sorted({row.get(currency, "") for row in self.rows} - {""})
            if len(currencies) > 1:
                raise InvalidArgumentError(
                    f"{name!r} is in {len(currencies)} currencies ({', '.join(currencies)}); add it "
                    f"up per currency with report.total_by({name!r}, by={currency!r})")
        return sum(self._amounts(name).values(), Decimal(0)) if self.columns else Decimal(0)

    def total_by(self, name: str, by: str = "Currency of Proceeds") -> dict[str, Decimal]:
        """Exact sums of ``name`` per distinct value of ``by``, e.g. units per currency:
        ``report.total_by("Units")`` -> ``{"EUR": Decimal("12"), …}``.

        Money counts as in :meth:`total`; grouped by anything but its currency, a group whose
        rows are in several currencies is refused rather than added up.
        """
        if not self.columns:
            return {}
        _require_columns(self.columns, by)
        money = _MONEY_COLUMNS.get(name)
        if money is not None and by != money[0] and money[0] in self.columns:
            seen: dict[str, set[str]] = {}
            for row in self.rows:
                seen.setdefault(row.get(by, ""), set()).add(row.get(money[0], ""))
            mixed = sorted(key for key, currencies in seen.items() if len(currencies - {""}) > 1)
            if mixed:
                raise InvalidArgumentError(
                    f"{name!r} of {by} {mixed[0]!r} is in several currencies; group it by "
                    f"currency: report.total_by({name!r}, by={money[0]!r})")
        totals: dict[str, Decimal] = {}
        for i, amount in self._amounts(name).items():
            key = self.rows[i].get(by, "")
            totals[key] = totals.get(key, Decimal(0)) + amount
        return totals

    def _amounts(self, name: str) -> dict[int, Decimal]:
        """Row index -> the row's value of ``name``; an amount per unit times the row's units."""
        _require_columns(self.columns, name)
        money = _MONEY_COLUMNS.get(name)
        units = None
        if money is not None and money[1]:
            units = "Units" if "Units" in self.columns else "Quantity"
            _require_columns(self.columns, units)
        out = {}
        for i, row in enumerate(self.rows):
            amount = _amount(row.get(name, ""), name, i + 1)
            if units is not None:
                amount *= _amount(row.get(units, ""), units, i + 1)
            out[i] = amount
        return out

    def proceeds(self) -> dict[str, Decimal]:
        """What the developer earned, per currency: ``Units × Developer Proceeds`` of a sales
        report, ``Extended Partner Share`` of a finance report."""
        if not self.columns:
            return {}
        if "Developer Proceeds" in self.columns or "Extended Partner Share" not in self.columns:
            return self.total_by("Developer Proceeds", by="Currency of Proceeds")
        return self.total_by("Extended Partner Share", by="Partner Share Currency")

    def __repr__(self) -> str:
        name = f", filename={self.filename!r}" if self.filename else ""
        state = "" if self.available else ", available=False"
        return (f"Report({len(self.rows)} rows, columns={self.columns!r}, "
                f"filters={self.filters!r}{name}{state})")

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a ``pandas.DataFrame`` of strings (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_pandas() needs pandas: pip install 'ascapi[pandas]'") from exc
        return pd.DataFrame(self.rows, columns=self.columns, dtype="string")


# --------------------------------------------------------------------------- requests


def check_report_date(frequency: str, report_date: str | int | _dt.date | None, *,
                      what: str | None = None) -> str | None:
    """Return the wire form of ``report_date`` for ``frequency``, or raise ``ValueError``.

    Apple wants DAILY and WEEKLY as ``YYYY-MM-DD``, MONTHLY as ``YYYY-MM``, YEARLY as ``YYYY``;
    a wrong form is otherwise answered with an opaque 400 after a round trip. A YEARLY report
    may also be named by its year as an ``int`` (``2025``). A WEEKLY report is named by the
    last day of its week, a Sunday (Apple's weeks run Monday to Sunday); any other day is
    refused with the Sunday that ends its week. ``what`` names the report in the messages
    (default: ``"<FREQUENCY> reports"``).
    """
    if report_date is None:
        return None
    freq = frequency.upper()
    if freq not in _DATE_FORMATS:
        raise InvalidArgumentError(
            f"unknown report frequency {frequency!r}; expected one of {', '.join(_DATE_FORMATS)}"
        )
    fmt, human, pattern = _DATE_FORMATS[freq]
    what = what or f"{freq} reports"  # how the messages name the report asked for
    kinds = "a string, a date or the year as an int" if freq == "YEARLY" else "a string or a date"
    if isinstance(report_date, _dt.date):
        day = report_date
    elif isinstance(report_date, (str, int)) and not isinstance(report_date, bool):
        if isinstance(report_date, int) and freq != "YEARLY":
            raise InvalidArgumentError(
                f"{what} need reportDate as {human} ({kinds}), got the "
                f"number {report_date!r}; only YEARLY reports take a year number")
        text = str(report_date)
        if not pattern.fullmatch(text):
            raise InvalidArgumentError(f"{what} need reportDate as {human}, got {report_date!r}")
        try:
            day = _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            raise InvalidArgumentError(f"reportDate {report_date!r} is not a real date ({human})") from None
    else:
        raise InvalidArgumentError(
            f"{what} need reportDate as {human} ({kinds}), got a "
            f"{type(report_date).__name__}")
    if freq == "WEEKLY" and day.weekday() != _SUNDAY:
        sunday = day + _dt.timedelta(days=_SUNDAY - day.weekday())
        raise InvalidArgumentError(
            f"WEEKLY reports are named by the Sunday that ends the week; {day.isoformat()} is a "
            f"{day.strftime('%A')} (its week ends on Sunday {sunday.isoformat()})")
    return day.strftime(fmt)


def _sales_params(
    vendor_number: str,
    report_type: str,
    report_sub_type: str,
    frequency: str,
    report_date: str | int | _dt.date | None,
    version: str | None,
) -> dict[str, str]:
    params = {
        "filter[vendorNumber]": str(vendor_number),
        "filter[reportType]": report_type,
        "filter[reportSubType]": report_sub_type,
        "filter[frequency]": frequency.upper(),
    }
    date = check_report_date(frequency, report_date)
    if date is not None:
        params["filter[reportDate]"] = date
    if version is not None:
        params["filter[version]"] = version
    return params


def _finance_params(
    vendor_number: str, region_code: str, report_date: str | _dt.date, report_type: str
) -> dict[str, str]:
    # Finance reports are per fiscal month: always YYYY-MM.
    date = check_report_date("MONTHLY", report_date, what="finance reports (per fiscal month)")
    assert date is not None
    return {
        "filter[vendorNumber]": str(vendor_number),
        "filter[reportType]": report_type,
        "filter[regionCode]": region_code,
        "filter[reportDate]": date,
    }


def _not_available(err: NotFoundError) -> ReportNotAvailable:
    # Same status, errors, request and rate limit; only the class changes.
    new = ReportNotAvailable.__new__(ReportNotAvailable)
    new.__dict__.update(err.__dict__)
    new.args = err.args
    return new


def _filename(response: Any) -> str | None:
    headers: Mapping[str, str] = getattr(response, "headers", {}) or {}
    disposition = headers.get("content-disposition", "")
    match = re.search(r'filename="?([^";]+)"?', disposition)
    return match.group(1) if match else None


def _fetch(client: Client, path: str, params: dict[str, str], allow_empty: bool) -> Report:
    try:
        # `request` (not `_call`) keeps the response: its file name and rate limit.
        raw = client.request("GET", path, params=params, headers=_ACCEPT)
    except NotFoundError as err:
        if allow_empty:
            return Report(raw=b"", filters=params, rate_limit=err.rate_limit, available=False)
        raise _not_available(err) from None
    return _build(raw, params)


async def _afetch(
    client: AsyncClient, path: str, params: dict[str, str], allow_empty: bool
) -> Report:
    try:
        raw = await client.request("GET", path, params=params, headers=_ACCEPT)
    except NotFoundError as err:
        if allow_empty:
            return Report(raw=b"", filters=params, rate_limit=err.rate_limit, available=False)
        raise _not_available(err) from None
    return _build(raw, params)


def _build(raw: Any, params: dict[str, str]) -> Report:
    # An APIResponse (content, headers, rate limit); plain bytes are accepted too.
    response = None if isinstance(raw, (bytes, bytearray)) else raw
    data = bytes(raw) if response is None else response.content
    return Report.from_bytes(
        data,
        filters=params,
        filename=_filename(response),
        rate_limit=getattr(response, "rate_limit", None),
    )


def download_sales_report(
    client: Client,
    *,
    vendor_number: str,
    report_type: str = "SALES",
    report_sub_type: str = "SUMMARY",
    frequency: str = "DAILY",
    report_date: str | int | _dt.date | None = None,
    version: str | None = "1_0",
    allow_empty: bool = False,
) -> Report:
    """Download and parse a sales report (``GET /v1/salesReports``).

    ``report_date`` is a string in the frequency's form, a date, or (YEARLY only) the year as
    an ``int``; see :func:`check_report_date`.

    Raises :class:`ReportNotAvailable` when Apple has no report for these filters, unless
    ``allow_empty`` is set, in which case an empty report (``available=False``) is returned.
    """
    params = _sales_params(
        vendor_number, report_type, report_sub_type, frequency, report_date, version
    )
    return _fetch(client, "/v1/salesReports", params, allow_empty)


async def async_download_sales_report(
    client: AsyncClient,
    *,
    vendor_number: str,
    report_type: str = "SALES",
    report_sub_type: str = "SUMMARY",
    frequency: str = "DAILY",
    report_date: str | int | _dt.date | None = None,
    version: str | None = "1_0",
    allow_empty: bool = False,
) -> Report:
    """Async twin of :func:`download_sales_report`."""
    params = _sales_params(
        vendor_number, report_type, report_sub_type, frequency, report_date, version
    )
    return await _afetch(client, "/v1/salesReports", params, allow_empty)


def download_finance_report(
    client: Client,
    *,
    vendor_number: str,
    region_code: str,
    report_date: str | _dt.date,
    report_type: str = "FINANCIAL",
    allow_empty: bool = False,
) -> Report:
    """Download and parse a finance report (``GET /v1/financeReports``); date is ``YYYY-MM``."""
    params = _finance_params(vendor_number, region_code, report_date, report_type)
    return _fetch(client, "/v1/financeReports", params, allow_empty)


async def async_download_finance_report(
    client: AsyncClient,
    *,
    vendor_number: str,
    region_code: str,
    report_date: str | _dt.date,
    report_type: str = "FINANCIAL",
    allow_empty: bool = False,
) -> Report:
    """Async twin of :func:`download_finance_report`."""
    params = _finance_params(vendor_number, region_code, report_date, report_type)
    return await _afetch(client, "/v1/financeReports", params, allow_empty)


def summarize(report: Report, by: str = "Title", value: str = "Units") -> list[tuple[str, Decimal]]:
    """Exact sum of ``value`` per distinct ``by`` (e.g. units per title), largest first.

    Raises ``KeyError`` (naming the available columns) when either column is missing.
    """
    totals = report.total_by(value, by=by)
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


# --------------------------------------------------------------------------- analytics reports


class AnalyticsReportNotFound(AscError, LookupError):
    """The request has no report of that name, or the report no instance matching the filters."""


class SegmentDownloadError(AscError):
    """A segment URL answered with an error (expired URL, storage failure...)."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class SegmentIntegrityError(SegmentDownloadError):
    """A downloaded segment does not match its ``checksum`` (MD5) or ``sizeInBytes``."""


@dataclass(frozen=True)
class AnalyticsSegment:
    """One file of a report instance: where to fetch it and how to check it."""

    id: str
    url: str
    checksum: str | None = None
    size: int | None = None


@dataclass(repr=False)
class AnalyticsReportData:
    """The rows of one analytics report instance, merged from all its segments."""

    name: str
    category: str | None
    granularity: str
    processing_date: str
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    segments: list[AnalyticsSegment] = field(default_factory=list)
    request_id: str | None = None
    report_id: str | None = None
    instance_id: str | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, str]]:
        return iter(self.rows)

    def column(self, name: str) -> list[str]:
        """Every row's value of one column ("" where a row lacks it)."""
        return [row.get(name, "") for row in self.rows]

    def total(self, name: str) -> Decimal:
        """Exact sum of a numeric column (e.g. ``"Counts"``); blanks count as 0.

        Raises ``KeyError`` (naming the available columns) when there is no such column.
        """
        return _sum(self.columns, self.rows, name)

    def total_by(self, name: str, by: str) -> dict[str, Decimal]:
        """Exact sums of ``name`` per distinct value of ``by`` (e.g. counts per territory)."""
        return _sum_by(self.columns, self.rows, name, by)

    def __repr__(self) -> str:
        return (f"AnalyticsReportData({self.name!r}, granularity={self.granularity!r}, "
                f"processing_date={self.processing_date!r}, {len(self.rows)} rows, "
                f"columns={self.columns!r}, segments={len(self.segments)})")

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a ``pandas.DataFrame`` of strings (needs the ``pandas`` extra)."""
        return Report(raw=b"", columns=self.columns, rows=self.rows).to_pandas()

    def add(self, columns: list[str], rows: list[dict[str, str]]) -> None:
        """Merge one segment's rows; a column only some segments have is "" in the others."""
        new = [c for c in columns if c not in self.columns]
        if new:
            self.columns.extend(new)
            for row in self.rows:
                row.update(dict.fromkeys(new, ""))
        for row in rows:
            self.rows.append({c: row.get(c, "") for c in self.columns})


def parse_segment(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """Parse a (gzipped) analytics segment by its header: tab-separated, or comma-separated
    when the header has no tab. Short rows are padded."""
    lines = [line for line in _iter_lines(iter_gunzip([data])) if line.strip()]
    if not lines:
        return [], []
    if "\t" in lines[0]:
        table = [line.split("\t") for line in lines]
    else:
        table = list(_csv.reader(lines))
    columns, body = table[0], table[1:]
    width = len(columns)
    rows = [dict(zip(columns, cells + [""] * (width - len(cells)), strict=False)) for cells in body]
    return columns, rows


def verify_segment(segment: AnalyticsSegment, data: bytes) -> None:
    """Raise :class:`SegmentIntegrityError` unless size and MD5 match what the API announced."""
    if segment.size is not None and len(data) != segment.size:
        raise SegmentIntegrityError(
            f"segment {segment.id}: got {len(data)} bytes, sizeInBytes says {segment.size}")
    if segment.checksum:
        actual = hashlib.md5(data).hexdigest()  # Apple's checksum, not a security use
        if actual.lower() != segment.checksum.lower():
            raise SegmentIntegrityError(
                f"segment {segment.id}: MD5 {actual} does not match checksum {segment.checksum}")


def _checked_body(segment: AnalyticsSegment, response: Any) -> bytes:
    if not 200 <= response.status_code < 300:
        raise SegmentDownloadError(
            f"segment {segment.id}: the download host answered {response.status_code}",
            status_code=response.status_code)
    data = bytes(response.content)
    verify_segment(segment, data)
    return data


def _attr(item: Any, name: str) -> Any:
    value = getattr(getattr(item, "attributes", None), name, None)
    if isinstance(value, _dt.date):  # `format: date` attributes decode to dates
        return value.isoformat()
    return value if isinstance(value, (str, int)) else None


def _segment(item: Any) -> AnalyticsSegment:
    size = _attr(item, "size_in_bytes")
    return AnalyticsSegment(id=str(item.id), url=str(_attr(item, "url") or ""),
                            checksum=_attr(item, "checksum"), size=size if isinstance(size, int) else None)


def _ongoing(items: Iterable[Any]) -> str | None:
    """The id of the first ongoing request Apple has not stopped."""
    for item in items:
        if _attr(item, "access_type") == "ONGOING" and getattr(
                item.attributes, "stopped_due_to_inactivity", False) is not True:
            return str(item.id)
    return None


def _pick_instance(instances: list[Any], report: str, processing_date: str | None) -> Any:
    """The instance of that processing date, or the latest one."""
    dated = [i for i in instances if _attr(i, "processing_date")]
    if processing_date is not None:
        dated = [i for i in dated if str(_attr(i, "processing_date")) == processing_date]
    if not dated:
        when = f" processed on {processing_date}" if processing_date else ""
        raise AnalyticsReportNotFound(f"report {report!r} has no instance{when}")
    return max(dated, key=lambda i: str(_attr(i, "processing_date")))


def _one(value: str | None) -> Any:
    """A single filter value as the generated methods take it (a list), or None."""
    return [value] if value else None


def _date(value: str | _dt.date | None) -> str | None:
    return value.isoformat() if isinstance(value, _dt.date) else value


def _create_body(app_id: str, access_type: str) -> dict[str, Any]:
    return {"data": {"type": "analyticsReportRequests", "attributes": {"accessType": access_type},
                     "relationships": {"app": {"data": {"type": "apps", "id": app_id}}}}}


def request_analytics_report(client: Client, app_id: str, *, access_type: str = "ONGOING") -> str:
    """Ask Apple to generate analytics reports for an app; returns the request id.

    Apple keeps one ongoing request per app and refuses another with 409: the existing one is
    then found and reused.
    """
    try:
        created = client.analytics_report_requests.create(body=_create_body(app_id, access_type))
    except ConflictError:
        if access_type != "ONGOING":
            raise
        found = _ongoing(client.apps.analytics_report_requests.list(
            app_id, filter_access_type=["ONGOING"]).iter())
        if found is None:
            raise
        return found
    return str(getattr(created.data, "id", ""))


async def async_request_analytics_report(client: AsyncClient, app_id: str, *,
                                         access_type: str = "ONGOING") -> str:
    """Async twin of :func:`request_analytics_report`."""
    try:
        created = await client.analytics_report_requests.create(body=_create_body(app_id, access_type))
    except ConflictError:
        if access_type != "ONGOING":
            raise
        pager = client.apps.analytics_report_requests.list(app_id, filter_access_type=["ONGOING"])
        found = _ongoing(await pager.all())
        if found is None:
            raise
        return found
    return str(getattr(created.data, "id", ""))


def list_analytics_reports(client: Client, request_id: str, *, category: str | None = None,
                           name: str | None = None) -> list[Any]:
    """The reports of a request (``AnalyticsReport`` models), optionally by category/name."""
    return client.analytics_report_requests.reports.list(
        request_id, filter_category=_one(category),
        filter_name=_one(name)).all()


async def async_list_analytics_reports(client: AsyncClient, request_id: str, *,
                                       category: str | None = None, name: str | None = None) -> list[Any]:
    """Async twin of :func:`list_analytics_reports`."""
    return await client.analytics_report_requests.reports.list(
        request_id, filter_category=_one(category),
        filter_name=_one(name)).all()


def list_analytics_instances(client: Client, report_id: str, *, granularity: str | None = None,
                             processing_date: str | _dt.date | None = None) -> list[Any]:
    """The instances of a report (``AnalyticsReportInstance`` models)."""
    date = _date(processing_date)
    return client.analytics_reports.instances.list(
        report_id, filter_granularity=_one(granularity),
        filter_processing_date=_one(date)).all()


async def async_list_analytics_instances(client: AsyncClient, report_id: str, *,
                                         granularity: str | None = None,
                                         processing_date: str | _dt.date | None = None) -> list[Any]:
    """Async twin of :func:`list_analytics_instances`."""
    date = _date(processing_date)
    return await client.analytics_reports.instances.list(
        report_id, filter_granularity=_one(granularity),
        filter_processing_date=_one(date)).all()


def list_analytics_segments(client: Client, instance_id: str) -> list[AnalyticsSegment]:
    """The segments (files) of a report instance."""
    return [_segment(s) for s in client.analytics_report_instances.segments.list(instance_id).iter()]


async def async_list_analytics_segments(client: AsyncClient, instance_id: str) -> list[AnalyticsSegment]:
    """Async twin of :func:`list_analytics_segments`."""
    pager = client.analytics_report_instances.segments.list(instance_id)
    return [_segment(s) for s in await pager.all()]


def download_analytics_segment(client: Client, segment: AnalyticsSegment) -> bytes:
    """The segment's bytes, fetched without the API token and checked against its checksum."""
    response = client._send_unauthenticated("GET", segment.url, headers={"Accept": "*/*"})
    return _checked_body(segment, response)


async def async_download_analytics_segment(client: AsyncClient, segment: AnalyticsSegment) -> bytes:
    """Async twin of :func:`download_analytics_segment`."""
    response = await client._send_unauthenticated("GET", segment.url, headers={"Accept": "*/*"})
    return _checked_body(segment, response)


def _only_report(reports: list[Any], name: str) -> Any:
    exact = [r for r in reports if _attr(r, "name") == name]
    if not exact:
        raise AnalyticsReportNotFound(f"no analytics report named {name!r} for this request")
    return exact[0]


def _result(report: Any, instance: Any, request_id: str, granularity: str) -> AnalyticsReportData:
    return AnalyticsReportData(
        name=str(_attr(report, "name")), category=_attr(report, "category"), granularity=granularity,
        processing_date=str(_attr(instance, "processing_date")), request_id=request_id,
        report_id=str(report.id), instance_id=str(instance.id))


def download_analytics_report(
    client: Client,
    app_id: str,
    *,
    report_name: str,
    granularity: str = "DAILY",
    processing_date: str | _dt.date | None = None,
    access_type: str = "ONGOING",
) -> AnalyticsReportData:
    """Request (or reuse) analytics for an app and return one report instance's rows.

    Takes the instance of ``processing_date``, or the latest one of that granularity; every
    segment is downloaded, checked and parsed, and their rows merged by header name.
    """
    request_id = request_analytics_report(client, app_id, access_type=access_type)
    report = _only_report(list_analytics_reports(client, request_id, name=report_name), report_name)
    date = _date(processing_date)
    instances = list_analytics_instances(client, str(report.id), granularity=granularity,
                                         processing_date=date)
    instance = _pick_instance(instances, report_name, date)
    out = _result(report, instance, request_id, granularity)
    for segment in list_analytics_segments(client, str(instance.id)):
        out.add(*parse_segment(download_analytics_segment(client, segment)))
        out.segments.append(segment)
    return out


async def async_download_analytics_report(
    client: AsyncClient,
    app_id: str,
    *,
    report_name: str,
    granularity: str = "DAILY",
    processing_date: str | _dt.date | None = None,
    access_type: str = "ONGOING",
) -> AnalyticsReportData:
    """Async twin of :func:`download_analytics_report`."""
    request_id = await async_request_analytics_report(client, app_id, access_type=access_type)
    reports = await async_list_analytics_reports(client, request_id, name=report_name)
    report = _only_report(reports, report_name)
    date = _date(processing_date)
    instances = await async_list_analytics_instances(client, str(report.id), granularity=granularity,
                                                     processing_date=date)
    instance = _pick_instance(instances, report_name, date)
    out = _result(report, instance, request_id, granularity)
    for segment in await async_list_analytics_segments(client, str(instance.id)):
        out.add(*parse_segment(await async_download_analytics_segment(client, segment)))
        out.segments.append(segment)
    return out
