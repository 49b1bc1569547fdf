"""Retry policy: a pure function of what happened, replaceable by the user.

``policy(attempt, method, outcome, headers, nothing_sent) -> delay | None`` where ``attempt`` counts
retries already made (0 before the first retry), ``outcome`` is the HTTP status or the exception,
``headers`` the response headers (empty for an exception) and ``nothing_sent`` tells whether the
request certainly never reached the server. ``None`` means "do not retry". The client bounds the
number of retries (``max_retries``) before asking the policy, caps the delay it returns at the
client's ``max_retry_delay`` (whatever the policy), and sleeps through its ``sleep``.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ._ratelimit import rate_limit_from_headers

__all__ = [
    "DEFAULT_INITIAL_RETRY_DELAY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_DELAY",
    "DEFAULT_RETRY_JITTER",
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "RetryPolicyFn",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 2
DEFAULT_INITIAL_RETRY_DELAY = 0.5  # seconds; doubles each retry
DEFAULT_MAX_RETRY_DELAY = 60.0  # cap on any wait, Retry-After included
DEFAULT_RETRY_JITTER = 0.25  # backoff waits are shortened by up to this fraction, at random
RETRY_AFTER_JITTER = 0.1  # a stated Retry-After is lengthened by up to this fraction (never shortened)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

Outcome = int | BaseException
RetryPolicyFn = Callable[[int, str, Outcome, Mapping[str, str], bool], float | None]


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds (delta-seconds or an HTTP date), ``None`` if absent or unusable.

    An HTTP date is measured against the response's own ``Date`` header when there is one, so the
    local clock's error does not matter; otherwise against ``now`` (default ``time.time()``).
    """
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = None
    if seconds is not None:
        return seconds if seconds >= 0 and seconds == seconds and seconds != float("inf") else None
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    reference = None
    date_header = headers.get("date")
    if date_header:
        try:
            reference = email.utils.parsedate_to_datetime(date_header).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            reference = None
    if reference is None:
        reference = time.time() if now is None else now
    return max(0.0, when - reference)


@dataclass(frozen=True)
class RetryPolicy:
    """The default policy.

    * 429: retried for every method (Apple did not process the request) while the key's hourly
      budget is not spent: that is Apple's short-term (burst) limiting, which a backoff clears.
      A 429 whose ``X-Rate-Limit`` shows the hourly window exhausted (``user-hour-rem:0``) and
      that gives no ``Retry-After`` is not retried: the budget only comes back as the rolling
      hour moves on, so waiting seconds would only spend time. The error carries ``rate_limit``
      (and ``retry_after``) for the caller to decide.
    * 408/500/502/503/504 and transport errors after sending: idempotent methods only (not POST,
      which could repeat a side effect the server already applied).
    * Nothing reached the server (connection refused, connect timeout): retried for every method.
    * Wait: ``Retry-After`` when given (never less, a little jitter more; if it exceeds
      ``max_delay`` the request is not retried and the error carries ``retry_after``), else
      exponential backoff from ``initial_delay`` with jitter, capped at ``max_delay``.
    """

    initial_delay: float = DEFAULT_INITIAL_RETRY_DELAY
    max_delay: float = DEFAULT_MAX_RETRY_DELAY
    jitter: float = DEFAULT_RETRY_JITTER
    retry_statuses: frozenset[int] = RETRYABLE_STATUSES

    def __call__(self, attempt: int, method: str, outcome: Outcome,
                 headers: Mapping[str, str], nothing_sent: bool) -> float | None:
        method = method.upper()
        if isinstance(outcome, BaseException):
            if not (nothing_sent or method in IDEMPOTENT_METHODS):
                return None
        elif outcome not in self.retry_statuses:
            return None
        elif outcome != 429 and method not in IDEMPOTENT_METHODS and not nothing_sent:
            return None
        stated = parse_retry_after(headers) if headers else None
        if outcome == 429 and stated is None and _hour_spent(headers):
            return None
        if stated is not None:
            if stated > self.max_delay:
                return None
            return min(stated * (1 + RETRY_AFTER_JITTER * random.random()), self.max_delay)
        backoff = min(self.initial_delay * (2.0 ** attempt), self.max_delay)
        return float(backoff * (1 - self.jitter * random.random()))


def _hour_spent(headers: Mapping[str, str]) -> bool:
    """True when ``X-Rate-Limit`` says no request is left in the key's rolling hour."""
    rate_limit = rate_limit_from_headers(headers) if headers else None
    return rate_limit is not None and rate_limit.remaining == 0
