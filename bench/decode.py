"""Decoding one 200-build page with ``included`` (about 1.3 MB): ascapi's models against the floor
(``json.loads``, untyped msgspec) and pydantic v2 models of the same shape (DESIGN.md §3)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import msgspec

from ascapi._jsonapi import decode
from ascapi.models import BuildsResponse

from . import _fixtures
from ._timing import Row, compare

GROUP = "decode"


def candidates(page: bytes) -> tuple[dict[str, Callable[[], Any]], str]:
    """The decoders to compare on ``page``; the note says what was left out and why."""
    found: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(page),
        "msgspec.json.decode (untyped)": lambda: msgspec.json.decode(page),
        "ascapi lenient": lambda: decode(page, BuildsResponse),
        "ascapi strict": lambda: decode(page, BuildsResponse, strict=True),
    }
    note = ""
    try:
        import orjson
    except ImportError:
        note = "orjson not installed"
    else:
        found["orjson.loads"] = lambda: orjson.loads(page)
    try:
        from ._pydantic import builds_response_model
    except ImportError:
        note = "pydantic not installed: its row is missing"
    else:
        model = builds_response_model()
        found["pydantic v2 (same shape)"] = lambda: model.model_validate_json(page)
    return found, note


def run(items: int = 200, rounds: int = 9, inner: int = 3) -> list[Row]:
    page = _fixtures.builds_page(items)
    found, note = candidates(page)
    timings = compare(found, rounds=rounds, inner=inner)
    size = f"{items} builds + {len(json.loads(page).get('included', []))} included, {len(page) // 1024} KiB"
    rows = [timings.row(GROUP, name, "json.loads", size if name == "ascapi lenient" else "")
            for name in found if name != "json.loads"]
    # The two comparisons the design rests on, stated directly.
    if "pydantic v2 (same shape)" in found:
        rows.append(timings.row(GROUP, "pydantic v2 (same shape)", "ascapi lenient", note))
    rows.append(timings.row(GROUP, "ascapi strict", "ascapi lenient"))
    return rows
