"""Every argument the core refuses raises ``ascapi.InvalidArgumentError`` before anything is sent:
an ascapi error, and still a ``ValueError`` and a ``TypeError`` for code that caught those."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import ascapi
from tests.core._helpers import Recorder, client, jresp, resolve

MODES = ["sync", "async"]
PAGE = {"data": [{"type": "apps", "id": "1"}], "links": {"self": "s"}}

CALLS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "limit above the maximum": (lambda c: c.apps.list(limit=201),
                                "limit=201 is above the documented maximum of 200"),
    "limit below 1": (lambda c: c.apps.list(limit=0), "limit=0 must be at least 1"),
    "limit as text": (lambda c: c.apps.list(limit="5"),
                      "limit must be an integer from 1 to 200, got str '5'"),
    "nested limit": (lambda c: c.apps.list(limit_builds=51),
                     r"limit\[builds\]=51 is above the documented maximum of 50"),
    "empty id": (lambda c: c.apps.get(""), "id must be a non-empty resource id, got ''"),
    "None id": (lambda c: c.apps.get(None), "id must be a non-empty resource id, got None"),
    "dot id": (lambda c: c.apps.builds.list(".."), "id must be a non-empty resource id"),
    "unsendable filter": (lambda c: c.apps.list(filter_bundle_id=[object()]),
                          r"filter\[bundleId\]: cannot send a value of type object"),
    "unsendable extra_query": (lambda c: c.apps.list(extra_query={"x": {"a": 1}}),
                               "x: cannot send a value of type dict"),
    "unsendable body": (lambda c: c.request("POST", "/v1/apps", json={"data": object()}),
                        "cannot send a value of type object in a request body"),
    "timeout as text": (lambda c: c.apps.list(timeout="5"), "timeout must be a positive number"),
    "negative timeout": (lambda c: c.request("GET", "/v1/apps", timeout=-1),
                         "timeout must be a positive number"),
    "header value not text": (lambda c: c.apps.list(extra_headers={"X-Trace": 5}),
                              "header 'X-Trace' must have a string value, got a int"),
    "negative max_retries": (lambda c: c.request("GET", "/v1/apps", max_retries=-1),
                             "max_retries must be a non-negative integer, got -1"),
    "max_retries as text": (lambda c: c.request("GET", "/v1/apps", max_retries="2"),
                            "max_retries must be a non-negative integer, got '2'"),
    "bad URL": (lambda c: c.request("GET", "http://[::1/x"), "invalid URL"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(CALLS))
async def test_refused_arguments_raise_invalid_argument_error(mode: str, name: str) -> None:
    call, message = CALLS[name]
    rec = Recorder(jresp(200, PAGE))
    c = client(mode, rec)
    with pytest.raises(ascapi.InvalidArgumentError, match=message) as info:
        await resolve(call(c))
    error = info.value
    assert isinstance(error, ascapi.AscError)
    assert isinstance(error, ValueError) and isinstance(error, TypeError)  # as they were
    assert rec.requests == []  # refused before anything was sent


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("keyword", "value"), [
    ("max_items", "3"), ("max_items", 1.5), ("max_items", True), ("max_items", -1),
    ("max_pages", "1"), ("max_pages", 2.0), ("max_pages", -1),
])
async def test_iteration_limits_must_be_non_negative_integers(mode: str, keyword: str,
                                                              value: Any) -> None:
    rec = Recorder(jresp(200, PAGE))
    c = client(mode, rec)
    pages = c.apps.list()
    method = pages.iter if keyword == "max_items" else pages.iter_pages
    with pytest.raises(ascapi.InvalidArgumentError,
                       match=f"{keyword} must be a non-negative integer or None, got"):
        method(**{keyword: value})  # raised by the call, before any page is (further) fetched
    page = await resolve(pages)
    if keyword == "max_items":
        with pytest.raises(ascapi.InvalidArgumentError, match=keyword):
            await resolve(page.all(max_items=value))


@pytest.mark.parametrize("mode", MODES)
async def test_extra_query_is_sent_as_given(mode: str) -> None:
    """The escape hatch is raw: a string ``limit`` goes out as written, unchecked."""
    rec = Recorder(jresp(200, PAGE))
    c = client(mode, rec)
    await resolve(c.apps.list(extra_query={"limit": "50", "filter[name]": "a,b"}))
    await resolve(c.apps.list(limit=10, extra_query={"limit": "300"}))
    assert rec.requests[0].url.params["limit"] == "50"
    assert rec.requests[0].url.params["filter[name]"] == "a,b"
    assert rec.requests[1].url.params["limit"] == "300"


def test_client_configuration_refused_with_invalid_argument_error() -> None:
    transport = httpx.MockTransport(Recorder(jresp(200, PAGE)))
    from tests.core._helpers import creds

    for kwargs in ({"max_retries": -1}, {"max_retries": "2"}, {"timeout": "60"},
                   {"timeout": float("nan")}, {"base_url": "ftp://example.com"}):
        with pytest.raises(ascapi.InvalidArgumentError):
            ascapi.Client(creds(), transport=transport, **kwargs)
    with pytest.raises(ascapi.InvalidArgumentError, match="credentials"):
        ascapi.Client("not credentials")  # type: ignore[arg-type]
    with ascapi.Client(creds(), transport=transport) as c:
        with pytest.raises(ascapi.InvalidArgumentError, match="unknown option"):
            c.with_options(nonsense=1)


def test_report_and_upload_arguments_are_refused_the_same_way() -> None:
    from ascapi import reports, uploads

    refused = [
        (lambda: reports.check_report_date("WEEKLY", "2026-12-02"), "ends the week"),
        (lambda: reports.check_report_date("DAILY", 20261202), "only YEARLY reports take a year"),
        (lambda: reports.check_report_date("HOURLY", "2026-12-02"), "unknown report frequency"),
        (lambda: uploads.upload_screenshot(None, "set", 42), "cannot upload a int"),  # type: ignore[arg-type]
    ]
    for call, message in refused:
        with pytest.raises(ascapi.InvalidArgumentError, match=message) as info:
            call()
        assert isinstance(info.value, ValueError) and isinstance(info.value, TypeError)
