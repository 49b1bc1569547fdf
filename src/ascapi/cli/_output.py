"""Rendering results: a table on a terminal, JSON or NDJSON when piped."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

MAX_COLUMNS = 6


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


def emit(result: Any, *, fmt: str | None, paged: bool, everything: bool) -> None:
    out = sys.stdout
    if isinstance(result, (bytes, bytearray)):  # reports and other binary answers
        out.flush()
        sys.stdout.buffer.write(result)
        return
    items, rate_limit = _items(result, paged, everything)
    if fmt == "ndjson" or (fmt is None and items is not None):
        for item in items if items is not None else [plain(result)]:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif fmt == "json" or fmt is None:
        doc = items if items is not None else plain(result)
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        _table(items if items is not None else [_data_of(plain(result))], rate_limit)


def _data_of(doc: Any) -> Any:
    return doc.get("data", doc) if isinstance(doc, Mapping) else doc


def _cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 40 else text[:39] + "…"
    return "" if value is None else str(value)


def columns_for(rows: Iterable[Any]) -> list[str]:
    """``id`` then the first attributes that hold scalars, in the order Apple sends them."""
    names: list[str] = []
    for row in rows:
        if not isinstance(row, Mapping):
            continue
        attrs = row.get("attributes") if "attributes" in row else row
        for key, value in (attrs or {}).items():
            if key not in names and key != "id" and not isinstance(value, (dict, list)):
                names.append(key)
    return ["id", *names[: MAX_COLUMNS - 1]]


def _table(rows: list[Any], rate_limit: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    rows = [_data_of(r) for r in rows]
    cols = columns_for(rows)
    table = Table(show_lines=False)
    for col in cols:
        table.add_column(col, overflow="fold")
    for row in rows:
        if not isinstance(row, Mapping):
            table.add_row(_cell(row))
            continue
        attrs = row.get("attributes") if "attributes" in row else row
        table.add_row(*[_cell(row.get("id") if c == "id" else (attrs or {}).get(c)) for c in cols])
    if rate_limit is not None and getattr(rate_limit, "remaining", None) is not None:
        table.caption = (
            f"{len(rows)} item(s) · rate limit {rate_limit.remaining}/{rate_limit.limit} left"
        )
    else:
        table.caption = f"{len(rows)} item(s)"
    Console().print(table)
