"""Rendering results.

The rule, also stated in ``ascapi --help``: on a terminal, a table; piped, JSON for a single
document and NDJSON (one item per line) for a list. ``--output json`` prints a list as one JSON
array, ``--output ndjson`` prints one line per item. Reports (gzip TSV) are decompressed and
printed as TSV when piped, shown as a table on a terminal, turned into one object per row with
``json``/``ndjson``; ``--output raw`` writes the bytes as received. CSV answers are printed as is.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

MAX_COLUMNS = 6  # id and at most five more, unless --columns asks for others
MAX_CELL = 40  # characters of a cell before it is cut with an ellipsis
# Attributes worth a column first, when a resource has them; the others follow in Apple's order.
PREFERRED = (
    "name",
    "bundleId",
    "versionString",
    "version",
    "platform",
    "appStoreState",
    "appVersionState",
    "state",
    "status",
    "processingState",
    "sku",
    "locale",
    # sales and finance reports
    "Title",
    "SKU",
    "Units",
    "Developer Proceeds",
    "Country Code",
)


def plain(obj: Any) -> Any:
    """Models, pages and documents as plain JSON values (wire names)."""
    if obj is None or isinstance(obj, (str, int, float, bool, list, dict)):
        return obj
    from .._jsonapi import to_builtins

    return to_builtins(obj)


def _items(result: Any, paged: bool, everything: bool) -> tuple[list[Any] | None, Any]:
    """(list of items, or None for a single document; rate limit)."""
    rate_limit = getattr(result, "rate_limit", None)
    if isinstance(result, list):
        return result, rate_limit
    if paged and everything:
        return [plain(item) for item in result], rate_limit  # iterating a Page follows next
    if paged:
        return [plain(item) for item in result.data], rate_limit
    return None, rate_limit


def emit(
    result: Any,
    *,
    fmt: str | None,
    paged: bool,
    everything: bool,
    columns: list[str] | None = None,
) -> None:
    """Write ``result`` in ``fmt`` (None: the default for where stdout goes)."""
    if fmt is None and sys.stdout.isatty():
        fmt = "table"
    if isinstance(result, (bytes, bytearray)):  # sales and finance reports: gzip TSV
        _emit_report(bytes(result), fmt, columns)
        return
    if isinstance(result, str):  # CSV answers
        _emit_text(result, fmt, columns)
        return
    items, rate_limit = _items(result, paged, everything)
    if fmt == "raw":
        fmt = None  # a JSON answer has no other form than JSON
    if fmt == "ndjson" or (fmt is None and items is not None):
        _write_lines(items if items is not None else [plain(result)])
    elif fmt == "json" or fmt is None:
        doc = items if items is not None else plain(result)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        rows = items if items is not None else _rows_of(plain(result))
        _table(rows, rate_limit, columns)


def _write_lines(items: Iterable[Any]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


def _emit_report(data: bytes, fmt: str | None, columns: list[str] | None) -> None:
    if fmt == "raw":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    from ..reports import gunzip, parse_report

    if fmt is None:  # piped: the TSV itself
        sys.stdout.flush()
        sys.stdout.buffer.write(gunzip(data))
        return
    _, rows, _ = parse_report(data)
    _emit_rows(rows, fmt, columns)


def _emit_text(text: str, fmt: str | None, columns: list[str] | None) -> None:
    if fmt in (None, "raw", "table"):
        sys.stdout.write(text)
        return
    _emit_rows(list(csv.DictReader(io.StringIO(text))), fmt, columns)


def _emit_rows(rows: list[dict[str, str]], fmt: str | None, columns: list[str] | None) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "ndjson":
        _write_lines(rows)
    else:
        _table(rows, None, columns)


def _rows_of(doc: Any) -> list[Any]:
    """The rows a single document shows in a table: its ``data``, one or several."""
    data = doc.get("data", doc) if isinstance(doc, Mapping) else doc
    return data if isinstance(data, list) else [data]


def _record(row: Any) -> Mapping[str, Any] | None:
    """A row as one flat mapping: a resource's id and type with its attributes, or the row."""
    if not isinstance(row, Mapping):
        return None
    if "attributes" in row or ("type" in row and "id" in row):
        return {"id": row.get("id"), "type": row.get("type"), **(row.get("attributes") or {})}
    return row


def _cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = "" if value is None else str(value)
    text = " ".join(text.split())  # one line per row
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _ranked(records: list[Mapping[str, Any]]) -> list[str]:
    """Scalar columns, most useful first: id, preferred attributes, the rest; empty ones last."""
    names: list[str] = []
    for record in records:
        for key, value in record.items():
            if key not in names and key != "type" and not isinstance(value, (dict, list)):
                names.append(key)
    filled = {k for record in records for k, v in record.items() if v not in (None, "")}

    def rank(name: str) -> tuple[int, int, int]:
        preferred = PREFERRED.index(name) if name in PREFERRED else len(PREFERRED)
        return (name != "id", name not in filled, preferred)

    return sorted(names, key=rank)  # stable: Apple's order among equals


def columns_for(rows: Iterable[Any], width: int | None = None) -> list[str]:
    """The columns a table shows: the most useful ones that fit in ``width`` characters."""
    records = [r for r in (_record(row) for row in rows) if r is not None]
    chosen: list[str] = []
    used = 1  # the table's left border
    for name in _ranked(records):
        cells = [_cell(record.get(name)) for record in records]
        need = max(len(name), *(len(c) for c in cells)) + 3  # padding and border
        if width is not None and chosen and used + need > width:
            continue
        chosen.append(name)
        used += need
        if len(chosen) == MAX_COLUMNS:
            break
    return chosen


def _table(rows: list[Any], rate_limit: Any, columns: list[str] | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    records = [_record(row) for row in rows]
    available = _ranked([r for r in records if r is not None])
    if columns is not None:
        known = {key for record in records if record is not None for key in record}
        unknown = [c for c in columns if c not in known]
        if unknown and records:
            raise ValueError(
                f"--columns: no column {', '.join(map(repr, unknown))}; "
                f"available: {', '.join(available)}"
            )
        cols = columns
    else:
        cols = columns_for(rows, console.width) or ["value"]
    table = Table(show_lines=False)
    for col in cols:
        table.add_column(col, no_wrap=True, overflow="ellipsis", max_width=MAX_CELL + 2)
    for row, record in zip(rows, records, strict=True):
        if record is None:
            table.add_row(_cell(row))
        else:
            table.add_row(*[_cell(record.get(c)) for c in cols])
    caption = f"{len(rows)} item(s)"
    if rate_limit is not None and getattr(rate_limit, "remaining", None) is not None:
        caption += f" · rate limit {rate_limit.remaining}/{rate_limit.limit} left"
    hidden = len([c for c in available if c not in cols])
    if hidden:
        caption += f" · {hidden} more column(s) (--columns)"
    table.caption = caption
    console.print(table)
