"""Fault injection per route pattern and rate: 5xx and 429 answers, latency, dropped connections."""

from __future__ import annotations

import enum
import fnmatch
import random
from dataclasses import dataclass
from typing import Final, Literal

from ._errors import ApiError
from ._http import Response, json_response

HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)

Window = Literal["hour", "burst"]
WINDOWS: Final = ("hour", "burst")


class StatusDefault(enum.Enum):
    RETRY_AFTER = "the status's own"


STATUS_DEFAULT: Final = StatusDefault.RETRY_AFTER
"""``retry_after`` of a fault that sends what its status usually does: 1 second for 503, else none."""


def rate_limit_exceeded(headers: dict[str, str] | None = None) -> ApiError:
    """Apple's answer once a key is over its limit (the hourly budget or a short burst)."""
    return ApiError(429, "RATE_LIMIT_EXCEEDED", "The request rate limit has been reached.",
                    "We've received too many requests for this API. Please wait and try again or "
                    "slow down your request rate.", headers=headers)


@dataclass
class Fault:
    """`pattern` is a shell-style glob over the path (`/v1/apps*`), on the API host and on the upload
    host alike (`/asset-uploads/*`, `/analytics-segments/*`); `times` None means forever.

    A 429 answers like Apple's rate limit, after the token is checked: `window="hour"` says the
    key's hourly budget is spent (`user-hour-rem:0`), `window="burst"` that a short-term limit was
    hit while the budget lasts (the key's current remaining count). `retry_after` is the
    `Retry-After` header in seconds, None for none; by default 503 sends 1 and the others none.
    """

    pattern: str
    status: int | None = None  # 429, 500, 502 (HTML body), 503; None: no error answer
    rate: float = 1.0
    latency: float = 0.0
    drop: bool = False
    method: str | None = None
    times: int | None = None
    hits: int = 0
    retry_after: float | StatusDefault | None = STATUS_DEFAULT
    window: Window = "hour"

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        return fnmatch.fnmatchcase(path, self.pattern)

    def retry_after_header(self) -> list[tuple[str, str]]:
        seconds = self.retry_after
        if seconds is STATUS_DEFAULT:
            seconds = 1 if self.status == 503 else None
        if seconds is None:
            return []
        return [("retry-after", str(int(seconds)) if float(seconds).is_integer() else str(seconds))]

    def rate_limit_header(self, limit: int, remaining: int) -> str:
        """The `X-Rate-Limit` of a 429: nothing left for the hour, or the key's real budget."""
        left = remaining if self.window == "burst" else 0
        return f"user-hour-lim:{limit};user-hour-rem:{left};"


class FaultPlan:
    def __init__(self, seed: int) -> None:
        self.faults: list[Fault] = []
        self.rng = random.Random(seed)

    def pick(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.times is not None and fault.hits >= fault.times:
                continue
            if fault.matches(method, path) and self.rng.random() < fault.rate:
                fault.hits += 1
                return fault
        return None


def check_fault(fault: Fault) -> None:
    """Refuse a fault that cannot be answered as asked (before it is added to the plan)."""
    if fault.window not in WINDOWS:
        raise ValueError(f"window must be one of {', '.join(WINDOWS)}, not {fault.window!r}")
    if fault.window != "hour" and fault.status != 429:
        raise ValueError("window= applies to status=429 only")
    if fault.retry_after is not STATUS_DEFAULT:
        if fault.status is None:
            raise ValueError("retry_after= needs an error status")
        if fault.retry_after is not None and not fault.retry_after >= 0:
            raise ValueError(f"retry_after must be >= 0 seconds, not {fault.retry_after!r}")


def fault_response(fault: Fault) -> Response | None:
    """The error answer of a fault, or None when it only adds latency / drops the body.

    A 429 gets its `X-Rate-Limit` from the caller, which knows the key."""
    extra = fault.retry_after_header()
    if fault.status == 502:
        return Response(502, [("content-type", "text/html"), *extra], HTML_502)
    if fault.status == 503:
        return Response(503, [("content-type", "text/plain"), *extra], b"Service Unavailable")
    if fault.status == 429:
        err = rate_limit_exceeded()
        return json_response(429, err.body(), extra)
    if fault.status is not None:
        err = ApiError(fault.status, "UNEXPECTED_ERROR", "An unexpected error occurred.",
                       "An unexpected error occurred on the server side. If this issue continues, contact us.")
        return json_response(fault.status, err.body(), extra)
    return None
