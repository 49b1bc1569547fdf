"""Fault injection per route pattern and rate: 5xx answers, latency, dropped connections."""

from __future__ import annotations

import fnmatch
import random
from dataclasses import dataclass

from ._errors import ApiError
from ._http import Response, json_response

HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


@dataclass
class Fault:
    """`pattern` is a shell-style glob over the path (`/v1/apps*`), on the API host and on the upload
    host alike (`/asset-uploads/*`, `/analytics-segments/*`); `times` None means forever."""

    pattern: str
    status: int | None = None  # 500, 502 (HTML body), 503; None: no error answer
    rate: float = 1.0
    latency: float = 0.0
    drop: bool = False
    method: str | None = None
    times: int | None = None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        return fnmatch.fnmatchcase(path, self.pattern)


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


def fault_response(fault: Fault) -> Response | None:
    """The error answer of a fault, or None when it only adds latency / drops the body."""
    if fault.status == 502:
        return Response(502, [("content-type", "text/html")], HTML_502)
    if fault.status == 503:
        return Response(503, [("content-type", "text/plain"), ("retry-after", "1")], b"Service Unavailable")
    if fault.status is not None:
        err = ApiError(fault.status, "UNEXPECTED_ERROR", "An unexpected error occurred.",
                       "An unexpected error occurred on the server side. If this issue continues, contact us.")
        return json_response(fault.status, err.body())
    return None
