"""Apple's ``X-Rate-Limit`` header, parsed defensively.

Apple documents ``user-hour-lim:3600;user-hour-rem:3599;`` and sometimes sends more windows
(``user-minute-lim`` …), stray spaces, empty segments or junk; a header sent twice arrives
joined with ``, ``. Every ``name:integer`` pair is kept;
anything else is skipped; a missing or entirely unusable header gives ``None``. Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

HEADER = "x-rate-limit"
HOUR_LIMIT = "user-hour-lim"
HOUR_REMAINING = "user-hour-rem"


class RateLimit(Mapping[str, int]):
    """The windows of one response's ``X-Rate-Limit`` header.

    A read-only mapping of every ``name -> int`` pair, so ``rate_limit == {"user-hour-lim": 3600, …}``
    holds, plus typed accessors for the hourly window Apple documents.
    """

    __slots__ = ("_windows",)

    def __init__(self, windows: Mapping[str, int]) -> None:
        self._windows = dict(windows)

    @property
    def windows(self) -> dict[str, int]:
        """Every window Apple sent, by its name (a copy)."""
        return dict(self._windows)

    @property
    def limit(self) -> int | None:
        """Requests per rolling hour for this key (``user-hour-lim``)."""
        return self._windows.get(HOUR_LIMIT)

    @property
    def remaining(self) -> int | None:
        """Requests left in the rolling hour (``user-hour-rem``)."""
        return self._windows.get(HOUR_REMAINING)

    def __getitem__(self, key: str) -> int:
        return self._windows[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._windows)

    def __len__(self) -> int:
        return len(self._windows)

    def __repr__(self) -> str:
        return f"RateLimit({self._windows!r})"


def parse_rate_limit(value: str | None) -> RateLimit | None:
    """Parse an ``X-Rate-Limit`` value; ``None`` when absent or when no pair is usable."""
    if not value:
        return None
    windows: dict[str, int] = {}
    # "," too: a header sent twice reaches us joined with ", " (httpx, proxies, RFC 9110).
    for segment in re.split(r"[;,]", value):
        parts = segment.split(":")
        if len(parts) != 2:
            continue
        name, number = parts[0].strip(), parts[1].strip()
        if not name or not number.isascii() or not number.isdigit():
            continue
        # A window given twice keeps its lower count: never more budget than either copy says.
        windows[name] = min(int(number), windows.get(name, int(number)))
    return RateLimit(windows) if windows else None


def rate_limit_from_headers(headers: Mapping[str, str]) -> RateLimit | None:
    try:
        return parse_rate_limit(headers.get(HEADER))
    except Exception:  # a header object that misbehaves must not break a response
        return None
