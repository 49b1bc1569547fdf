"""Injected faults: 429 answers like Apple's rate limit, Retry-After as asked, and a server that
shuts down while a latency fault is still waiting."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

import ascapi
from ascapi.emulator import Emulator

from .conftest import first_error, mint


def test_429_fault_spends_the_hour_like_apple(emu: Emulator, api: httpx.Client) -> None:
    assert api.get("/v1/apps").status_code == 200
    emu.inject_fault("/v1/apps", status=429, times=1)
    limited = api.get("/v1/apps")
    assert limited.status_code == 429 and "retry-after" not in limited.headers
    error = first_error(limited)
    assert error["code"] == "RATE_LIMIT_EXCEEDED" and error["status"] == "429"
    assert error["title"] == "The request rate limit has been reached."
    assert limited.headers["x-rate-limit"] == "user-hour-lim:3600;user-hour-rem:0;"
    after = api.get("/v1/apps")
    assert after.headers["x-rate-limit"] == "user-hour-lim:3600;user-hour-rem:3598;"  # not spent


def test_burst_429_keeps_the_keys_budget_and_retry_after(emu: Emulator, api: httpx.Client) -> None:
    api.get("/v1/apps")
    emu.inject_fault("/v1/apps", status=429, window="burst", retry_after=2, times=1)
    limited = api.get("/v1/apps")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
    assert limited.headers["x-rate-limit"] == "user-hour-lim:3600;user-hour-rem:3599;"
    assert first_error(limited)["code"] == "RATE_LIMIT_EXCEEDED"


def test_429_fault_comes_after_the_token_check(emu: Emulator) -> None:
    emu.inject_fault("/v1/apps", status=429)
    with httpx.Client(transport=emu.transport(), base_url="https://api.appstoreconnect.apple.com") as c:
        assert c.get("/v1/apps").status_code == 401


def test_client_retries_a_burst_but_not_a_spent_hour(emu: Emulator) -> None:
    waits: list[float] = []
    with ascapi.Client(emu.credentials(), transport=emu.transport(), sleep=waits.append) as client:
        emu.inject_fault("/v1/apps", status=429, window="burst", retry_after=0.5, times=1)
        assert client.apps.list().data
        assert len(waits) == 1 and waits[0] >= 0.5
        emu.inject_fault("/v1/apps", status=429, times=1)
        with pytest.raises(ascapi.RateLimitError) as info:
            client.apps.list()
    assert info.value.code == "RATE_LIMIT_EXCEEDED" and info.value.rate_limit is not None
    assert info.value.rate_limit.remaining == 0 and info.value.retry_after is None and len(waits) == 1


def test_retry_after_per_fault(emu: Emulator, api: httpx.Client) -> None:
    emu.inject_fault("/v1/apps", status=503, retry_after=None, times=1)
    emu.inject_fault("/v1/users", status=500, retry_after=30, times=1)
    emu.inject_fault("/v1/devices", status=502, retry_after=1.5, times=1)
    emu.inject_fault("/v1/builds", status=503, times=1)
    assert "retry-after" not in api.get("/v1/apps").headers
    assert api.get("/v1/users").headers["retry-after"] == "30"
    assert api.get("/v1/devices").headers["retry-after"] == "1.5"
    assert api.get("/v1/builds").headers["retry-after"] == "1"  # 503's default


@pytest.mark.parametrize("kwargs", [{"retry_after": 1}, {"status": 503, "retry_after": -1},
                                    {"status": 500, "window": "burst"},
                                    {"status": 429, "window": "minute"}])
def test_faults_that_cannot_be_answered_are_refused(emu: Emulator, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        emu.inject_fault("/v1/apps", **kwargs)  # type: ignore[arg-type]
    assert emu.faults.faults == []


def test_429_on_the_upload_host_has_no_key_budget(emu: Emulator) -> None:
    emu.inject_fault("/asset-uploads/*", status=429, retry_after=3)
    with httpx.Client(transport=emu.transport()) as c:
        answer = c.put(f"{emu.upload_origin}/asset-uploads/x/part-1", content=b"x")
    assert answer.status_code == 429 and answer.headers["retry-after"] == "3"
    assert "x-rate-limit" not in answer.headers and first_error(answer)["code"] == "RATE_LIMIT_EXCEEDED"


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def uvicorn_errors() -> Iterator[Records]:
    handler = Records()
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def test_shutdown_cuts_a_latency_fault_short(uvicorn_errors: Records) -> None:
    emu = Emulator(seed=0)
    key = emu.add_key()
    emu.inject_fault("/v1/apps", latency=30)
    answers: list[int] = []
    with emu.serve(port=0) as base_url:
        def slow() -> None:
            headers = {"Authorization": f"Bearer {mint(key)}"}
            answers.append(httpx.get(f"{base_url}/v1/apps", headers=headers, timeout=10).status_code)

        thread = threading.Thread(target=slow)
        thread.start()
        deadline = time.monotonic() + 5
        while emu.requests == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        started = time.monotonic()
    stopped = time.monotonic() - started
    thread.join(5)
    messages = [r.getMessage() for r in uvicorn_errors.records]
    assert not messages and stopped < 0.9  # uvicorn's grace period is 1 s
    assert answers == [200]  # answered at once, not cancelled


# ---- latency against the client's timeout, in-process as over HTTP ----------------------------
def test_latency_beyond_the_timeout_is_a_read_timeout_in_process(emu: Emulator, api: httpx.Client) -> None:
    emu.inject_fault("/v1/apps", latency=2.0, times=1)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        api.get("/v1/apps", timeout=0.2)
    assert 0.2 <= time.monotonic() - started < 1.5
    emu.inject_fault("/v1/apps", latency=0.05, times=1)
    assert api.get("/v1/apps", timeout=1.0).status_code == 200  # in time: answered


def test_latency_beyond_the_timeout_is_a_read_timeout_async(emu: Emulator) -> None:
    import asyncio

    key = emu.add_key()
    emu.inject_fault("/v1/apps", latency=2.0, times=1)

    async def call() -> float:
        async with httpx.AsyncClient(transport=emu.async_transport(), base_url="https://api.appstoreconnect.apple.com",
                                     headers={"Authorization": f"Bearer {mint(key)}"}) as client:
            started = time.monotonic()
            with pytest.raises(httpx.ReadTimeout):
                await client.get("/v1/apps", timeout=0.2)
            return time.monotonic() - started

    assert 0.2 <= asyncio.run(call()) < 1.5


def test_the_client_retries_a_timed_out_read(emu: Emulator) -> None:
    emu.inject_fault("/v1/apps", latency=2.0, times=1)
    with ascapi.Client(emu.credentials(), transport=emu.transport()) as client:
        started = time.monotonic()
        assert len(client.apps.list(timeout=0.2).data) == 4
    assert time.monotonic() - started < 1.5  # the first try gave up after 0.2 s, as over a socket
