"""Client and AsyncClient: URLs, options, lifecycle, request(), _call results, errors, retries."""

from __future__ import annotations

import logging
import warnings
from typing import Any

import httpx
import pytest

import ascapi
from ascapi import RetryPolicy
from ascapi._base import options
from ascapi._retry import parse_retry_after
from tests.core import _models as m
from tests.core._helpers import (
    API,
    ISSUER,
    KEY_ID,
    Recorder,
    client,
    creds,
    errors_body,
    jresp,
    pem,
    resolve,
)

MODES = ["sync", "async"]
APP = {"data": {"type": "apps", "id": "1", "attributes": {"name": "Notes"}},
       "links": {"self": f"{API}/v1/apps/1"}}


# --- URLs and configuration ----------------------------------------------------------------------

@pytest.mark.parametrize(("base", "path", "url"), [
    ("https://api.appstoreconnect.apple.com", "/v1/apps", f"{API}/v1/apps"),
    ("https://api.appstoreconnect.apple.com/", "/v1/apps", f"{API}/v1/apps"),
    ("https://api.appstoreconnect.apple.com/", "v1/apps", f"{API}/v1/apps"),
    ("https://api.appstoreconnect.apple.com/v1", "/v1/apps", f"{API}/v1/apps"),
    ("https://api.appstoreconnect.apple.com/v1/", "v1/apps", f"{API}/v1/apps"),
    ("http://127.0.0.1:8080/proxy/", "/v1/apps", "http://127.0.0.1:8080/proxy/v1/apps"),
])
def test_base_url_joining(base: str, path: str, url: str) -> None:
    rec = Recorder(jresp(200, {"data": []}))
    with client("sync", rec, base_url=base) as c:
        c.request("GET", path)
    assert rec.urls == [url]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("base", "root"), [
    ("https://api.appstoreconnect.apple.com/v1", API),
    ("https://api.appstoreconnect.apple.com/v1/", API),
    ("https://api.appstoreconnect.apple.com/v3//", API),
    (" https://api.appstoreconnect.apple.com/v1 ", API),
    ("http://127.0.0.1:8080/proxy/asc", "http://127.0.0.1:8080/proxy/asc"),
    ("http://127.0.0.1:8080/proxy/asc/v1/", "http://127.0.0.1:8080/proxy/asc"),
])
async def test_base_url_ending_in_an_api_version_serves_every_version(
        mode: str, base: str, root: str) -> None:
    """Operations name their own version; the base's trailing /v1 (or /v2 …) is dropped."""
    rec = Recorder(lambda request: jresp(200, {"data": {"type": "x", "id": "1"},
                                               "links": {"self": "s"}}))
    c = client(mode, rec, base_url=base)
    assert c.base_url == root
    await resolve(c.apps.get("1"))                            # GET /v1/apps/{id}
    await resolve(c.app_availabilities_v2.get("2"))           # GET /v2/appAvailabilities/{id}
    await resolve(c.app_price_points_v3.get("3"))             # GET /v3/appPricePoints/{id}
    assert rec.urls == [f"{root}/v1/apps/1", f"{root}/v2/appAvailabilities/2",
                        f"{root}/v3/appPricePoints/3"]
    assert all(r.headers["authorization"].startswith("Bearer ") for r in rec.requests)
    assert c.with_options(max_retries=0).base_url == root


@pytest.mark.parametrize("base", ["https://api.appstoreconnect.apple.com/?limit=5",
                                  "https://api.appstoreconnect.apple.com/v1?",
                                  "https://api.appstoreconnect.apple.com/#top"])
def test_base_url_with_a_query_or_fragment_is_refused(base: str) -> None:
    with pytest.raises(ascapi.InvalidArgumentError, match="must not have a query or fragment"):
        ascapi.Client(creds(), base_url=base)


@pytest.mark.parametrize("mode", MODES)
async def test_from_env_trims_asc_base_url(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASC_KEY_ID", KEY_ID)
    monkeypatch.setenv("ASC_ISSUER_ID", ISSUER)
    monkeypatch.setenv("ASC_PRIVATE_KEY", pem())
    monkeypatch.delenv("ASC_PRIVATE_KEY_PATH", raising=False)
    cls = ascapi.Client if mode == "sync" else ascapi.AsyncClient
    monkeypatch.setenv("ASC_BASE_URL", "  http://127.0.0.1:9/v1\n")
    c = cls.from_env()
    assert c.base_url == "http://127.0.0.1:9"
    await resolve(c.close())
    monkeypatch.setenv("ASC_BASE_URL", "   ")  # blank: Apple's
    c = cls.from_env()
    assert c.base_url == API
    await resolve(c.close())


def test_bad_configuration_refused() -> None:
    with pytest.raises(ascapi.InvalidArgumentError):
        ascapi.Client(creds(), base_url="api.appstoreconnect.apple.com")
    with pytest.raises(ValueError):
        ascapi.Client(creds(), base_url="https://")
    with pytest.raises(ValueError):
        ascapi.Client(creds(), max_retries=-1)
    with pytest.raises(TypeError):
        ascapi.Client("not credentials")  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
async def test_with_options_shares_pool_and_tokens(mode: str) -> None:
    rec = Recorder(jresp(200, {"data": []}))
    c = client(mode, rec, max_retries=2)
    other = c.with_options(max_retries=0, timeout=5.0)
    assert other.max_retries == 0 and other.timeout == 5.0 and c.max_retries == 2
    assert other._http is c._http and other.credentials is c.credentials
    assert not other._owns_http
    await resolve(other.request("GET", "/v1/apps"))
    await resolve(c.request("GET", "/v1/apps"))
    assert rec.requests[0].headers["authorization"] == rec.requests[1].headers["authorization"]
    with pytest.raises(TypeError, match="unknown option"):
        c.with_options(nonsense=1)
    if mode == "sync":
        other.close()
        assert not c._http.is_closed
        c.close()
        assert c._http.is_closed
    else:
        await other.close()
        assert not c._http.is_closed
        await c.aclose()
        assert c._http.is_closed


def test_context_managers_close_only_owned_clients() -> None:
    shared = httpx.Client(transport=httpx.MockTransport(Recorder(jresp(200))))
    with ascapi.Client(creds(), http_client=shared) as c:
        c.request("GET", "/v1/apps")
    assert not shared.is_closed
    shared.close()
    with ascapi.Client(creds(), transport=httpx.MockTransport(Recorder(jresp(200)))) as c:
        inner = c._http
    assert inner.is_closed


async def test_async_context_manager() -> None:
    async with ascapi.AsyncClient(creds(), transport=httpx.MockTransport(Recorder(jresp(200)))) as c:
        inner = c._http
        assert (await c.request("GET", "/v1/apps")).status_code == 200
    assert inner.is_closed


@pytest.mark.parametrize("mode", MODES)
async def test_request_returns_small_response(mode: str) -> None:
    rec = Recorder(jresp(200, APP, {"X-Rate-Limit": "user-hour-lim:3600;user-minute-rem:7;"}))
    c = client(mode, rec, user_agent="release-bot/1.0")
    response = await resolve(c.request("POST", "/v1/apps", params={"include": ["builds", "x"]},
                                       json={"data": {"type": "apps"}},
                                       headers={"X-Trace": "1"}))
    assert response.status_code == 200 and response.json()["data"]["id"] == "1"
    assert response.content.startswith(b"{") and response.headers["content-type"]
    assert response.rate_limit == {"user-hour-lim": 3600, "user-minute-rem": 7}
    assert response.parse(m.AppResponse).data.attributes.name == "Notes"
    sent = rec.requests[0]
    assert sent.url.query == b"include=builds%2Cx"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["user-agent"] == "release-bot/1.0" and sent.headers["x-trace"] == "1"
    assert sent.content == b'{"data":{"type":"apps"}}'


@pytest.mark.parametrize("mode", MODES)
async def test_call_results_and_attached_metadata(mode: str) -> None:
    rec = Recorder(jresp(200, APP), jresp(200), httpx.Response(204),
                   httpx.Response(200, content=b"\x1f\x8b raw", headers={"Content-Type": "a/b"}),
                   httpx.Response(200, text="a,b\n1,2\n"))
    c = client(mode, rec)
    doc = await resolve(c._call("GET", "/v1/apps/1", response_type=m.AppResponse))
    assert doc.data.id == "1" and doc.rate_limit.remaining == 3599
    assert isinstance(doc.http_response, httpx.Response) and doc.raw["data"]["id"] == "1"
    with pytest.raises(ascapi.ResponseDecodeError, match="empty where AppResponse"):
        await resolve(c._call("GET", "/v1/apps/1", response_type=m.AppResponse))  # empty 200
    assert await resolve(c._call("DELETE", "/v1/apps/1")) is None  # 204
    assert await resolve(c._call("GET", "/v1/salesReports", result="bytes",
                                 accept="application/a-gzip")) == b"\x1f\x8b raw"
    assert rec.requests[3].headers["accept"] == "application/a-gzip"
    assert await resolve(c._call("GET", "/v1/x", result="text")) == "a,b\n1,2\n"
    assert rec.requests[4].headers["accept"] == "*/*"
    assert "content-type" not in rec.requests[0].headers


@pytest.mark.parametrize("mode", MODES)
async def test_call_options_and_deprecation(mode: str) -> None:
    rec = Recorder(jresp(200, APP))
    c = client(mode, rec)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await resolve(c._call("GET", "/v1/apps/1", params={"fields[apps]": ["name"]},
                              response_type=m.AppResponse, deprecated="apps_getInstance",
                              options=options({"X-A": "b"}, {"extra": True}, 3.0)))
    assert any(issubclass(w.category, DeprecationWarning) and "apps_getInstance" in
               str(w.message) for w in caught)
    sent = rec.requests[0]
    assert sent.url.query == b"fields%5Bapps%5D=name&extra=true"
    assert sent.headers["x-a"] == "b"
    assert sent.extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize("mode", MODES)
async def test_strict_decoding_reports_the_path(mode: str) -> None:
    body = {"data": [{"type": "apps"}], "links": {"self": "x"}}  # id missing
    lenient = client(mode, Recorder(jresp(200, body)))
    assert len((await resolve(lenient._get_page("/v1/apps", response_type=m.AppsResponse))).data) == 1
    strict = client(mode, Recorder(jresp(200, body)), strict=True)
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        await resolve(strict._get_page("/v1/apps", response_type=m.AppsResponse))
    assert info.value.path == "$.data[0].id" and "GET /v1/apps" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("body", [b"", b" \r\n "])
async def test_empty_body_where_a_document_is_declared_is_a_decode_error(
        mode: str, strict: bool, body: bytes) -> None:
    """A truncated or proxy-emptied 200 must not read as "no apps" (or as ``None``)."""
    def empty(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    c = client(mode, empty, strict=strict)
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        await resolve(c.apps.get("1"))
    assert "GET /v1/apps/1" in str(info.value)
    assert "the body was empty where AppResponse was expected" in str(info.value)
    assert info.value.response is not None and info.value.response.status_code == 200
    with pytest.raises(ascapi.ResponseDecodeError, match="empty where AppsResponse"):
        await resolve(c.apps.list())
    # No response body declared: an empty 200, like a 204, is success.
    assert await resolve(c.apps.beta_testers.remove("1", ["t"])) is None
    # The low-level call returns the answer as it is.
    response = await resolve(c.request("GET", "/v1/apps"))
    assert response.status_code == 200 and response.json() is None


@pytest.mark.parametrize("mode", MODES)
async def test_request_json_of_a_non_json_body_is_a_decode_error(mode: str) -> None:
    c = client(mode, Recorder(httpx.Response(200, text="<html>maintenance</html>",
                                             headers={"Content-Type": "text/html"})))
    response = await resolve(c.request("GET", "/v1/apps"))
    assert response.text == "<html>maintenance</html>"  # the answer itself is returned as is
    with pytest.raises(ascapi.ResponseDecodeError, match=r"not JSON \(text/html\)") as info:
        response.json()
    assert info.value.response is not None and info.value.response.status_code == 200


@pytest.mark.parametrize("mode", MODES)
async def test_204_is_success_even_where_a_document_is_declared(mode: str) -> None:
    c = client(mode, Recorder(httpx.Response(204)))
    assert await resolve(c._call("GET", "/v1/apps/1", response_type=m.AppResponse)) is None


@pytest.mark.parametrize("mode", MODES)
async def test_non_json_success_body_is_a_decode_error(mode: str) -> None:
    c = client(mode, Recorder(httpx.Response(200, text="<html>maintenance</html>",
                                             headers={"Content-Type": "text/html"})))
    with pytest.raises(ascapi.ResponseDecodeError) as info:
        await resolve(c._call("GET", "/v1/apps/1", response_type=m.AppResponse))
    assert "text/html" in str(info.value) and info.value.response is not None


# --- transport errors and retries -----------------------------------------------------------

@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("exc", "expected"), [
    (httpx.ConnectError("refused"), ascapi.APIConnectionError),
    (httpx.ReadTimeout("slow"), ascapi.APITimeoutError),
    (httpx.ConnectTimeout("slow"), ascapi.APITimeoutError),
    (httpx.RemoteProtocolError("bad"), ascapi.APIConnectionError),
])
async def test_transport_errors_are_mapped(mode: str, exc: Exception, expected: type) -> None:
    sleeps: list[float] = []
    rec = Recorder(exc)
    c = client(mode, rec, sleep=sleeps.append, max_retries=2)
    with pytest.raises(expected) as info:
        await resolve(c.request("GET", "/v1/apps"))
    assert not isinstance(info.value, httpx.HTTPError)
    assert info.value.__cause__ is exc
    assert len(rec.requests) == 3 and len(sleeps) == 2  # GET: retried, attempts bounded


@pytest.mark.parametrize("mode", MODES)
async def test_post_retried_only_when_nothing_was_sent_or_429(mode: str) -> None:
    rec = Recorder(httpx.ReadError("reset after sending"))
    c = client(mode, rec, max_retries=2)
    with pytest.raises(ascapi.APIConnectionError):
        await resolve(c.request("POST", "/v1/apps", json={}))
    assert len(rec.requests) == 1
    rec = Recorder(httpx.ConnectError("refused"), jresp(201, APP))
    c = client(mode, rec, max_retries=2)
    assert (await resolve(c.request("POST", "/v1/apps", json={}))).status_code == 201
    assert len(rec.requests) == 2
    rec = Recorder(jresp(429, errors_body({"code": "RATE_LIMIT_EXCEEDED"})), jresp(201, APP))
    c = client(mode, rec, max_retries=2)
    assert (await resolve(c.request("POST", "/v1/apps", json={}))).status_code == 201
    rec = Recorder(jresp(503))
    c = client(mode, rec, max_retries=2)
    with pytest.raises(ascapi.InternalServerError):
        await resolve(c.request("POST", "/v1/apps", json={}))
    assert len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_retries_bounded_logged_and_overridable(mode: str,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="ascapi")
    sleeps: list[float] = []
    rec = Recorder(jresp(503))
    c = client(mode, rec, sleep=sleeps.append, max_retries=3)
    with pytest.raises(ascapi.InternalServerError):
        await resolve(c.request("GET", "/v1/apps?x=1"))
    assert len(rec.requests) == 4 and len(sleeps) == 3
    assert sleeps[0] < sleeps[1] < sleeps[2] <= 60  # exponential backoff
    retry_lines = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retry_lines) == 3 and "GET /v1/apps" in retry_lines[0]
    token = rec.requests[0].headers["authorization"].split()[1]
    assert all(token not in r.getMessage() and "x=1" not in r.getMessage()
               for r in caplog.records)
    rec = Recorder(jresp(503))
    c = client(mode, rec, max_retries=3)
    with pytest.raises(ascapi.InternalServerError):
        await resolve(c.request("GET", "/v1/apps", max_retries=0))  # per call
    assert len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_custom_retry_policy_replaces_the_default(mode: str) -> None:
    calls: list[tuple[Any, ...]] = []

    def policy(attempt: int, method: str, outcome: Any, headers: Any, nothing_sent: bool
               ) -> float | None:
        calls.append((attempt, method, outcome, nothing_sent))
        return 0.25 if outcome == 403 else None

    sleeps: list[float] = []
    rec = Recorder(jresp(403), jresp(200, {"data": []}))
    c = client(mode, rec, retry_policy=policy, sleep=sleeps.append)
    assert (await resolve(c.request("GET", "/v1/apps"))).status_code == 200
    assert calls == [(0, "GET", 403, False)] and sleeps == [0.25]


@pytest.mark.parametrize("mode", MODES)
async def test_max_retry_delay_caps_a_custom_policy(mode: str) -> None:
    waits = iter([1e9, float("inf"), -5.0, float("nan"), 2])

    def greedy(attempt: int, method: str, outcome: Any, headers: Any, nothing_sent: bool
               ) -> float | None:
        return next(waits)

    sleeps: list[float] = []
    rec = Recorder(jresp(503), jresp(503), jresp(503), jresp(503), jresp(503),
                   jresp(200, {"data": []}))
    c = client(mode, rec, retry_policy=greedy, sleep=sleeps.append, max_retries=5,
               max_retry_delay=30)
    assert (await resolve(c.request("GET", "/v1/apps"))).status_code == 200
    assert sleeps == [30, 30, 0, 0, 2]
    default_cap = client(mode, Recorder(jresp(503), jresp(200, {"data": []})),
                         retry_policy=lambda *args: 1e9, sleep=sleeps.append)
    await resolve(default_cap.request("GET", "/v1/apps"))
    assert sleeps[-1] == ascapi.DEFAULT_MAX_RETRY_DELAY
    for bad in (-1, float("inf"), float("nan"), "30", True):
        with pytest.raises(ascapi.InvalidArgumentError, match="max_retry_delay"):
            client(mode, rec, max_retry_delay=bad)


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_above_cap_is_not_waited(mode: str) -> None:
    sleeps: list[float] = []
    rec = Recorder(jresp(429, errors_body({"code": "RATE_LIMIT_EXCEEDED"}),
                         {"Retry-After": "3600"}))
    c = client(mode, rec, sleep=sleeps.append, max_retry_delay=30)
    with pytest.raises(ascapi.RateLimitError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    assert info.value.retry_after == 3600 and sleeps == [] and len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_async_sleep_may_be_a_coroutine(mode: str) -> None:
    waited: list[float] = []

    async def asleep(seconds: float) -> None:
        waited.append(seconds)

    rec = Recorder(jresp(500), jresp(200, {"data": []}))
    if mode == "async":
        c = client(mode, rec, sleep=asleep)
    else:
        c = client(mode, rec, sleep=waited.append)
    assert (await resolve(c.request("GET", "/v1/apps"))).status_code == 200
    assert len(waited) == 1


def test_default_policy_table() -> None:
    policy = RetryPolicy(jitter=0)
    assert policy(0, "GET", 500, {}, False) == 0.5
    assert policy(1, "GET", 502, {}, False) == 1.0
    assert policy(10, "GET", 503, {}, False) == 60.0
    assert policy(0, "POST", 500, {}, False) is None
    assert policy(0, "POST", 429, {}, False) == 0.5
    assert policy(0, "PATCH", 504, {}, False) == 0.5
    assert policy(0, "DELETE", 500, {}, False) == 0.5
    for status in (400, 401, 403, 404, 409, 422):
        assert policy(0, "GET", status, {}, False) is None
    assert policy(0, "POST", httpx.ConnectError("x"), {}, True) == 0.5
    assert policy(0, "POST", httpx.ReadError("x"), {}, False) is None
    assert policy(0, "GET", httpx.ReadError("x"), {}, False) == 0.5
    jittered = RetryPolicy()
    assert all(0.375 <= jittered(0, "GET", 500, {}, False) <= 0.5 for _ in range(50))
    with_hint = policy(0, "GET", 429, {"retry-after": "7"}, False)
    assert with_hint is not None and 7 <= with_hint <= 7.7


def test_retry_after_forms() -> None:
    assert parse_retry_after({"retry-after": "7"}) == 7
    assert parse_retry_after({"retry-after": "1.5"}) == 1.5
    assert parse_retry_after({}) is None
    for junk in ("soon", "-3", "nan", "inf"):
        assert parse_retry_after({"retry-after": junk}) is None
    dated = {"retry-after": "Thu, 01 Jan 2026 00:00:30 GMT", "date": "Thu, 01 Jan 2026 00:00:00 GMT"}
    assert parse_retry_after(dated) == 30
    assert parse_retry_after({"retry-after": "Thu, 01 Jan 2026 00:01:00 GMT"},
                             now=1767225600) == 60
    assert parse_retry_after({"retry-after": "Thu, 01 Jan 2026 00:00:00 GMT"},
                             now=1767225700) == 0


@pytest.mark.parametrize("mode", MODES)
async def test_redirects_are_not_followed(mode: str) -> None:
    rec = Recorder(httpx.Response(302, headers={"Location": "https://elsewhere.example.net/x"}))
    c = client(mode, rec, max_retries=0)
    with pytest.raises(ascapi.APIStatusError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    assert info.value.status_code == 302 and len(rec.requests) == 1
    assert rec.urls == [f"{API}/v1/apps"]


def test_operations_are_reexported_lazily() -> None:
    import subprocess
    import sys

    code = ("import sys, ascapi; assert 'ascapi._registry' not in sys.modules; "
            "ops = ascapi.operations(); print(len(ops) > 0, ascapi.operation"
            "(ops[0].operation_id) is ops[0])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if "No module named 'ascapi._operations'" in out.stderr:
        pytest.skip("operation registry not generated")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True True"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("url", "authorized"), [
    (f"{API}/v1/apps", True),
    (f"{API}?x=1", True),
    (f"{API}", True),
    ("https://API.AppStoreConnect.Apple.com/v1/apps", True),  # host case does not matter
    (f"{API}:443/v1/apps", True),  # the default port, spelled out
    (f"{API}.evil.net/v1/apps", False),  # a longer host
    (f"{API}@evil.net/v1/apps", False),  # the API host as userinfo (httpx sends it as Basic)
    (f"{API}:8443/v1/apps", False),  # another port
    ("http://api.appstoreconnect.apple.com/v1/apps", False),  # another scheme
])
async def test_authorization_follows_the_parsed_origin(mode: str, url: str,
                                                       authorized: bool) -> None:
    rec = Recorder(jresp(200, {"data": []}))
    await resolve(client(mode, rec).request("GET", url))
    bearer = rec.requests[0].headers.get("authorization", "").startswith("Bearer ")
    assert bearer is authorized


@pytest.mark.parametrize("mode", MODES)
async def test_authorization_with_a_base_url_that_has_a_port_and_path(mode: str) -> None:
    rec = Recorder(jresp(200, {"data": []}))
    c = client(mode, rec, base_url="http://127.0.0.1:800/v1/")
    await resolve(c.request("GET", "/v1/apps"))
    await resolve(c.request("GET", "http://127.0.0.1:800/v1/apps"))
    await resolve(c.request("GET", "http://127.0.0.1:8000/v1/apps"))  # the port only starts alike
    await resolve(c.request("GET", "http://127.0.0.10:800/v1/apps"))
    assert rec.urls[0] == "http://127.0.0.1:800/v1/apps"
    assert [("authorization" in r.headers) for r in rec.requests] == [True, True, False, False]
