"""Status errors (every item kept, one-line messages, has_code) and rate-limit parsing."""

from __future__ import annotations

import httpx
import pytest

import ascapi
from ascapi._ratelimit import parse_rate_limit
from tests.core._helpers import Recorder, client, errors_body, jresp, resolve

MODES = ["sync", "async"]


@pytest.mark.parametrize(("status", "cls"), [
    (400, ascapi.BadRequestError), (401, ascapi.AuthenticationError),
    (403, ascapi.PermissionDeniedError), (404, ascapi.NotFoundError),
    (409, ascapi.ConflictError), (422, ascapi.UnprocessableEntityError),
    (429, ascapi.RateLimitError), (500, ascapi.InternalServerError),
    (503, ascapi.InternalServerError), (418, ascapi.APIStatusError),
])
async def test_status_maps_to_its_class(status: int, cls: type) -> None:
    c = client("async", Recorder(jresp(status, errors_body({"status": str(status)}))),
               max_retries=0)
    with pytest.raises(cls) as info:
        await c.request("GET", "/v1/apps")
    assert isinstance(info.value, ascapi.APIStatusError) and info.value.status_code == status


@pytest.mark.parametrize("mode", MODES)
async def test_every_error_item_and_field_is_kept(mode: str) -> None:
    body = errors_body(
        {"id": "a1", "status": "409", "code": "ENTITY_ERROR", "title": "Conflict",
         "detail": "The request cannot be fulfilled.",
         "source": {"pointer": "/data/attributes/versionString"},
         "links": {"about": "https://developer.apple.com/x", "associated": {"href": "/y"}},
         "meta": {"associatedErrors": {"/v1/appStoreVersions/1": [
             {"code": "ENTITY_ERROR.ATTRIBUTE.INVALID", "detail": "bad version"}]}},
         "futureMember": 42},
        {"id": "a2", "status": "409", "code": "STATE_ERROR.ENTITY_STATE_INVALID",
         "detail": "Version is not in a state to be edited", "source": {"parameter": "id"}},
    )
    c = client(mode, Recorder(jresp(409, body)), max_retries=0)
    with pytest.raises(ascapi.ConflictError) as info:
        await resolve(c.request("PATCH", "/v1/appStoreVersions/1?x=1", json={}))
    error = info.value
    assert [e.id for e in error.errors] == ["a1", "a2"]
    first, second = error.errors
    assert (first.status, first.title) == ("409", "Conflict")
    assert first.source is not None and first.source.pointer == "/data/attributes/versionString"
    assert second.source is not None and second.source.parameter == "id"
    assert first.links["associated"] == {"href": "/y"} and first.raw["futureMember"] == 42
    nested = first.associated_errors["/v1/appStoreVersions/1"][0]
    assert nested.code == "ENTITY_ERROR.ATTRIBUTE.INVALID" and nested.detail == "bad version"
    assert error.code == "ENTITY_ERROR"
    assert error.codes == ["ENTITY_ERROR", "STATE_ERROR.ENTITY_STATE_INVALID"]
    assert error.has_code("STATE_ERROR") and error.has_code("ENTITY_ERROR")
    assert not error.has_code("STATE") and not error.has_code("PARAMETER_ERROR")
    assert error.method == "PATCH" and error.url.endswith("/v1/appStoreVersions/1?x=1")
    assert error.request is not None and error.response is not None
    assert error.rate_limit is not None and error.rate_limit.remaining == 3599
    text = str(error)
    assert "\n" not in text
    for piece in ("PATCH", "/v1/appStoreVersions/1", "409", "ENTITY_ERROR",
                  "STATE_ERROR.ENTITY_STATE_INVALID", "Version is not in a state to be edited"):
        assert piece in text
    assert "x=1" not in text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "text", "ctype"), [
    (503, "Service Unavailable\n", "text/plain"),
    (502, "", None),
    (500, "{not json", "application/json"),
])
async def test_non_json_error_bodies_keep_their_text(mode: str, status: int, text: str,
                                                     ctype: str | None) -> None:
    headers = {"Content-Type": ctype} if ctype else {}
    c = client(mode, Recorder(httpx.Response(status, content=text.encode(), headers=headers)), max_retries=0)
    with pytest.raises(ascapi.InternalServerError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    error = info.value
    assert error.errors == [] and error.body == text and error.content_type == ctype
    assert error.rate_limit is None and error.code is None
    assert str(status) in str(error) and "\n" not in str(error)
    assert ("empty body" in str(error)) == (text == "")


@pytest.mark.parametrize("mode", MODES)
async def test_associated_errors_are_in_the_message_and_has_code(mode: str) -> None:
    """Apple gives the actionable reasons of a refused submission in meta.associatedErrors."""
    body = errors_body({
        "status": "409", "code": "ENTITY_ERROR", "detail": "The request cannot be fulfilled.",
        "meta": {"associatedErrors": {
            "/v1/appStoreVersions/v1": [
                {"code": "ENTITY_ERROR.ATTRIBUTE.REQUIRED", "detail": "copyright is required",
                 "source": {"pointer": "/data/attributes/copyright"}}],
            "/v1/appScreenshotSets/s1": [
                {"code": "STATE_ERROR.SCREENSHOT_REQUIRED", "detail": "add a 6.7\" screenshot"},
                {"code": "STATE_ERROR.SCREENSHOT_UPLOADS_IN_PROGRESS", "detail": "wait"}]}}})
    c = client(mode, Recorder(jresp(409, body)), max_retries=0)
    with pytest.raises(ascapi.ConflictError) as info:
        await resolve(c.request("POST", "/v1/reviewSubmissionItems", json={}))
    error = info.value
    assert str(error) == (
        "POST /v1/reviewSubmissionItems -> 409: ENTITY_ERROR: The request cannot be fulfilled. "
        "(associated: /v1/appStoreVersions/v1: ENTITY_ERROR.ATTRIBUTE.REQUIRED: copyright is "
        "required [/data/attributes/copyright]; /v1/appScreenshotSets/s1: "
        "STATE_ERROR.SCREENSHOT_REQUIRED: add a 6.7\" screenshot; "
        "STATE_ERROR.SCREENSHOT_UPLOADS_IN_PROGRESS: wait)")
    assert error.has_code("STATE_ERROR.SCREENSHOT_REQUIRED") and error.has_code("STATE_ERROR")
    assert error.has_code("ENTITY_ERROR.ATTRIBUTE.REQUIRED")
    assert error.errors[0].has_code("STATE_ERROR") and not error.has_code("PARAMETER_ERROR")
    assert error.codes == ["ENTITY_ERROR"]  # the top-level items, as before


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("ctype", "text", "says"), [
    ("text/plain", "  upstream connect error or\n disconnect/reset before headers  ",
     ": upstream connect error or disconnect/reset before headers"),
    (None, "Bad Gateway", ": Bad Gateway"),
    ("text/plain", "x " * 300, ": " + ("x " * 100).strip() + "…"),
    ("text/html", "<html><head><title>502 Bad\n Gateway</title></head><body>nginx</body>",
     ": 502 Bad Gateway"),
    ("text/html; charset=utf-8", "<html><body>Service down</body></html>",
     "text/html; charset=utf-8, 38 chars)"),
    ("application/json", '{"message": "no"}', "application/json, 17 chars)"),
])
async def test_non_json_error_body_gist_in_the_message(mode: str, ctype: str | None, text: str,
                                                      says: str) -> None:
    headers = {"Content-Type": ctype} if ctype else {}
    c = client(mode, Recorder(httpx.Response(502, content=text.encode(), headers=headers)),
               max_retries=0)
    with pytest.raises(ascapi.InternalServerError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    assert str(info.value).endswith(says)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300


@pytest.mark.parametrize("mode", MODES)
async def test_a_token_echoed_in_an_error_body_is_not_in_the_message(mode: str) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=f"rejected header: {request.headers['authorization']}",
                              headers={"Content-Type": "text/plain"})

    rec = Recorder(echo)
    c = client(mode, rec, max_retries=0)
    with pytest.raises(ascapi.BadRequestError) as info:
        await resolve(c.request("GET", "/v1/apps"))
    token = rec.requests[0].headers["authorization"].split()[1]
    assert token not in str(info.value) and token.split(".")[2] not in str(info.value)
    assert str(info.value).endswith("rejected header: Bearer [redacted]")


async def test_retry_after_exposed_on_error() -> None:
    c = client("async", Recorder(jresp(429, errors_body({"code": "RATE_LIMIT_EXCEEDED"}),
                                       {"Retry-After": "12"})), max_retries=0)
    with pytest.raises(ascapi.RateLimitError) as info:
        await c.request("GET", "/v1/apps")
    assert info.value.retry_after == 12


@pytest.mark.parametrize(("header", "expected"), [
    ("user-hour-lim:3600;user-hour-rem:3599;", {"user-hour-lim": 3600, "user-hour-rem": 3599}),
    ("user-hour-lim:3500;user-hour-rem:500;user-minute-lim:100;user-minute-rem:99",
     {"user-hour-lim": 3500, "user-hour-rem": 500, "user-minute-lim": 100,
      "user-minute-rem": 99}),
    (" user-hour-lim : 10 ;; ; junk ; a:b:c; x:-1; y:1.5; z: ", {"user-hour-lim": 10}),
    ("user-hour-rem:0", {"user-hour-rem": 0}),
])
def test_rate_limit_parsing(header: str, expected: dict[str, int]) -> None:
    parsed = parse_rate_limit(header)
    assert parsed == expected and parsed is not None
    assert parsed.windows == expected
    assert parsed.limit == expected.get("user-hour-lim")
    assert parsed.remaining == expected.get("user-hour-rem")


@pytest.mark.parametrize("header", [
    "user-hour-lim:3600;user-hour-rem:3599;, user-hour-lim:3600;user-hour-rem:3598;",
    "user-hour-lim:3600;user-hour-rem:3598,user-hour-lim:3600;user-hour-rem:3599",
    " user-hour-lim:3600 ; user-hour-rem:3598 , ",
])
def test_rate_limit_header_sent_twice(header: str) -> None:
    parsed = parse_rate_limit(header)
    assert parsed == {"user-hour-lim": 3600, "user-hour-rem": 3598}
    assert parsed is not None and parsed.remaining == 3598


@pytest.mark.parametrize("mode", MODES)
async def test_duplicate_rate_limit_headers_on_a_response(mode: str) -> None:
    headers = [("Content-Type", "application/json"),
               ("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:3599;"),
               ("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:3597;")]
    c = client(mode, Recorder(httpx.Response(200, headers=headers, json={"data": []})))
    response = await resolve(c.request("GET", "/v1/apps"))
    assert response.rate_limit == {"user-hour-lim": 3600, "user-hour-rem": 3597}


@pytest.mark.parametrize("header", [None, "", "garbage", ";;;", "a:b", "ü:١٢", ", ,"])
def test_rate_limit_missing_or_malformed_is_none(header: str | None) -> None:
    assert parse_rate_limit(header) is None


@pytest.mark.parametrize("mode", MODES)
async def test_rate_limit_on_every_response_kind(mode: str) -> None:
    body = {"data": [], "links": {"self": "x"}}
    from tests.core import _models as m

    c = client(mode, Recorder(jresp(200, body)))
    page = await resolve(c._get_page("/v1/apps", response_type=m.AppsResponse))
    assert page.rate_limit is not None and page.rate_limit.limit == 3600
    response = await resolve(c.request("GET", "/v1/apps"))
    assert response.rate_limit is not None and response.rate_limit.remaining == 3599
    bare = client(mode, Recorder(httpx.Response(200, json=body)))
    assert (await resolve(bare._get_page("/v1/apps", response_type=m.AppsResponse))
            ).rate_limit is None
