"""Every benchmark runs once, tiny, and returns sane rows (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import math

import pytest

from bench import decode, imports, others, overhead, paging
from bench.__main__ import _pins, table
from bench._timing import Row


def _check(rows: list[Row], group: str) -> None:
    assert rows, f"{group}: no rows"
    for row in rows:
        assert isinstance(row, Row) and row.group == group
        assert row.name and row.baseline and row.name != row.baseline
        assert math.isnan(row.ratio) or (math.isfinite(row.ratio) and row.ratio > 0)
        assert row.per_op_ms > 0 and row.baseline_per_op_ms > 0


def test_decode() -> None:
    rows = decode.run(items=30, rounds=1, inner=1)
    _check(rows, decode.GROUP)
    names = {r.name for r in rows}
    assert {"ascapi lenient", "ascapi strict", "msgspec.json.decode (untyped)"} <= names
    if importlib.util.find_spec("pydantic") is not None:
        assert "pydantic v2 (same shape)" in names


def test_decoders_agree_on_the_page() -> None:
    page = decode._fixtures.builds_page(30)
    found, _ = decode.candidates(page)
    lenient = found["ascapi lenient"]()
    assert len(lenient.data) == 30 and lenient.included
    assert {type(i).__name__ for i in lenient.included} <= {"App", "AppStoreVersion", "BetaGroup", "PrereleaseVersion"}
    if "pydantic v2 (same shape)" in found:
        pyd = found["pydantic v2 (same shape)"]()
        assert [b.id for b in pyd.data] == [b.id for b in lenient.data]
        assert pyd.data[0].attributes.uploaded_date == lenient.data[0].attributes.uploaded_date


def test_request_overhead_in_process() -> None:
    _check(overhead.run_inprocess(rounds=1, inner=2), overhead.GROUP)


@pytest.mark.timeout(60)
def test_request_overhead_over_http() -> None:
    _check(overhead.run_http(rounds=1, inner=1), overhead.GROUP)


def test_pagination() -> None:
    _check(paging.run(rounds=1, inner=1), paging.GROUP)


def test_import_time() -> None:
    _check(imports.run(rounds=1), imports.GROUP)


@pytest.mark.skipif(importlib.util.find_spec("requests") is None,
                    reason="the other clients are not installed (bench/requirements.txt)")
def test_other_clients() -> None:
    _check(others.run(rounds=1, inner=1), others.GROUP)


def test_requirements_are_pinned_and_table_renders() -> None:
    pins = _pins()
    assert pins and all(version for _, version in pins)
    lines = table([Row("g", "a", "b", 0.5, 1.0, 2.0, "n")])
    assert lines[-1].startswith("| g | a | b | 0.50x |")
