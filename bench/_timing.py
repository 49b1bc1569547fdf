"""Side-by-side timing: candidates run interleaved, round after round, and compared per round.

A ratio taken within one round (the same seconds of machine load for every candidate) is far
steadier on a shared machine than a ratio of two separately measured medians, so each row
reports the median of the per-round ratios.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Row:
    """One line of the results table: ``name`` measured against ``baseline``."""

    group: str
    name: str
    baseline: str
    ratio: float            # median over rounds of (name time / baseline time); < 1 is faster
    per_op_ms: float        # median time of one operation of ``name``
    baseline_per_op_ms: float
    note: str = ""


@dataclass
class Timings:
    """Per-round seconds per operation, for every candidate."""

    rounds: dict[str, list[float]] = field(default_factory=dict)

    def median(self, name: str) -> float:
        return statistics.median(self.rounds[name])

    def ratio(self, name: str, baseline: str) -> float:
        pairs = zip(self.rounds[name], self.rounds[baseline], strict=True)
        return statistics.median(a / b for a, b in pairs)

    def row(self, group: str, name: str, baseline: str, note: str = "", *,
            label: str | None = None, baseline_label: str | None = None) -> Row:
        """A table row for candidate ``name`` against ``baseline`` (shown as the labels if given)."""
        return Row(group, label or name, baseline_label or baseline, self.ratio(name, baseline),
                   self.median(name) * 1e3, self.median(baseline) * 1e3, note)


def compare(candidates: Mapping[str, Callable[[], Any]], *, rounds: int, inner: int) -> Timings:
    """Run every candidate ``inner`` times per round, rotating their order each round."""
    names = list(candidates)
    timings = Timings({name: [] for name in names})
    for fn in candidates.values():
        fn()  # warm caches (decoders, connections, lazy imports) outside the measurement
    gc_was_enabled = gc.isenabled()
    try:
        for r in range(rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                fn = candidates[name]
                gc.collect()
                gc.disable()  # a collection landing in one candidate's slot would skew its round
                start = time.perf_counter()
                for _ in range(inner):
                    fn()
                elapsed = time.perf_counter() - start
                gc.enable()
                timings.rounds[name].append(elapsed / inner)
    finally:
        if gc_was_enabled:
            gc.enable()
    return timings


async def compare_async(candidates: Mapping[str, Callable[[], Awaitable[Any]]], *, rounds: int,
                        inner: int) -> Timings:
    """:func:`compare` for coroutine functions, all on the running event loop."""
    names = list(candidates)
    timings = Timings({name: [] for name in names})
    for fn in candidates.values():
        await fn()
    for r in range(rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            fn = candidates[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(inner):
                await fn()
            timings.rounds[name].append((time.perf_counter() - start) / inner)
            await asyncio.sleep(0)
    return timings
