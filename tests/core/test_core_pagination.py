"""Pages: attributes, iteration across pages, limits, cursors, link validation, async pagers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import ascapi
from tests.core import _models as m
from tests.core._helpers import API, Recorder, client, collect, jresp, resolve

MODES = ["sync", "async"]


def page_body(ids: list[str], next_link: str | None = None, total: int = 5,
              cursor: str | None = None) -> dict[str, Any]:
    links = {"self": f"{API}/v1/apps"}
    if next_link:
        links["next"] = next_link
    paging: dict[str, Any] = {"total": total, "limit": 2}
    if cursor:
        paging["nextCursor"] = cursor
    return {"data": [{"type": "apps", "id": i} for i in ids], "links": links,
            "meta": {"paging": paging}}


def three_pages(first_next: str = f"{API}/v1/apps?cursor=Mg&limit=2") -> Recorder:
    """Answers by cursor, so a collection can be walked any number of times."""

    def answer(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor == "NA":
            return jresp(200, page_body(["5"]))
        if cursor == "Mg" and "trace" not in request.url.params:
            return jresp(200, page_body(["3", "4"], f"{API}/v1/apps?cursor=NA&limit=2"))
        return jresp(200, page_body(["1", "2"], first_next))

    return Recorder(answer)


def list_apps(c: Any, **params: Any) -> Any:  # generated: c.apps.list(limit=2, ...)
    return c._get_page("/v1/apps", params={"limit": 2, **params}, maxima={"limit": 200},
                       response_type=m.AppsResponse)


@pytest.mark.parametrize("mode", MODES)
async def test_first_page_attributes(mode: str) -> None:
    c = client(mode, three_pages())
    page = await resolve(list_apps(c))
    assert [a.id for a in page.data] == ["1", "2"] and len(page) == 2
    assert page.included == [] and page.links.next.endswith("cursor=Mg&limit=2")
    assert page.meta.paging.total == 5 and page.meta.paging.limit == 2 and page.total == 5
    assert page.next_cursor == "Mg" and page.has_next_page()
    assert page.rate_limit.remaining == 3599 and isinstance(page.http_response, httpx.Response)
    assert isinstance(page.document, m.AppsResponse)


@pytest.mark.parametrize("mode", MODES)
async def test_iteration_pages_and_limits(mode: str) -> None:
    rec = three_pages()
    c = client(mode, rec)
    assert [a.id for a in await collect(list_apps(c))] == ["1", "2", "3", "4", "5"]
    assert rec.urls[1:] == [f"{API}/v1/apps?cursor=Mg&limit=2", f"{API}/v1/apps?cursor=NA&limit=2"]

    rec = three_pages()
    c = client(mode, rec)
    assert [a.id for a in await collect(list_apps(c), max_items=2)] == ["1", "2"]
    assert len(rec.requests) == 1  # the next page is not fetched once max_items is reached
    rec = three_pages()
    c = client(mode, rec)
    assert [a.id for a in await collect(list_apps(c), max_items=3)] == ["1", "2", "3"]
    assert len(rec.requests) == 2

    rec = three_pages()
    c = client(mode, rec)
    pager = list_apps(c)
    if mode == "sync":
        pages = list(pager.iter_pages(max_pages=2))
        assert [p.next_cursor for p in pages] == ["Mg", "NA"]
        everything = pager.all()
    else:
        pages = [p async for p in pager.iter_pages(max_pages=2)]
        assert [p.next_cursor for p in pages] == ["Mg", "NA"]
        everything = await pager.all()
    assert len(everything) == 5


async def test_async_pager_await_then_iterate() -> None:
    rec = three_pages()
    c = client("async", rec)
    pager = list_apps(c)
    assert isinstance(pager, ascapi.AsyncPager)
    first = await pager
    assert isinstance(first, ascapi.AsyncPage) and [a.id for a in first.data] == ["1", "2"]
    assert (await pager) is first  # page 1 is fetched once
    second = await first.next_page()
    assert second is not None and [a.id for a in second.data] == ["3", "4"]
    assert [a.id async for a in second] == ["3", "4", "5"]


@pytest.mark.parametrize("mode", MODES)
async def test_cursor_and_extra_query_not_readded(mode: str) -> None:
    rec = three_pages()
    c = client(mode, rec)
    from ascapi._base import options

    pages = c._get_page("/v1/apps", params={"limit": 2}, cursor="Mg",
                        response_type=m.AppsResponse, options=options(None, {"trace": "1"}))
    await collect(pages)
    assert rec.urls[0] == f"{API}/v1/apps?limit=2&cursor=Mg&trace=1"
    assert rec.urls[1] == f"{API}/v1/apps?cursor=Mg&limit=2"  # exactly links.next


@pytest.mark.parametrize("mode", MODES)
async def test_relative_next_link_and_meta_cursor(mode: str) -> None:
    rec = Recorder(jresp(200, page_body(["1"], "/v1/apps?cursor=QQ&limit=2")),
                   jresp(200, page_body(["2"], cursor="ZZ")))
    c = client(mode, rec)
    pages = list_apps(c)
    assert [a.id for a in await collect(pages)] == ["1", "2"]
    assert rec.urls[1] == f"{API}/v1/apps?cursor=QQ&limit=2"
    last = await resolve(list_apps(client(mode, Recorder(jresp(200, page_body(["x"],
                                                                              cursor="ZZ"))))))
    assert last.next_cursor == "ZZ" and not last.has_next_page()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("link", "error", "words"), [
    ("https://evil.example.net/v1/apps?cursor=x", ascapi.PaginationError, "evil.example.net"),
    ("http://api.appstoreconnect.apple.com/v1/apps?cursor=x", ascapi.PaginationError, "host"),
    (f"{API}/v1/apps?limit=2", ascapi.PaginationLoopError, "repeats"),
])
async def test_unsafe_next_links_refused(mode: str, link: str, error: type, words: str) -> None:
    rec = Recorder(jresp(200, page_body(["1", "2"], link)))
    c = client(mode, rec)
    pages = list_apps(c)
    seen: list[Any] = []
    with pytest.raises(error) as info:
        if mode == "sync":
            for item in pages:
                seen.append(item)
        else:
            async for item in pages:
                seen.append(item)
    assert words in str(info.value) and info.value.url
    assert len(seen) == 2 and len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_iterating_twice_is_not_a_loop(mode: str) -> None:
    def by_cursor(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor is None:
            return jresp(200, page_body(["1", "2"], f"{API}/v1/apps?cursor=Mg&limit=2"))
        return jresp(200, page_body(["3"]))

    rec = Recorder(by_cursor)
    page = await resolve(list_apps(client(mode, rec)))
    assert [a.id for a in await collect(page)] == ["1", "2", "3"]
    assert [a.id for a in await collect(page)] == ["1", "2", "3"]
    assert len(rec.requests) == 3  # page 1 once, page 2 once per iteration


@pytest.mark.parametrize("mode", MODES)
async def test_one_requires_exactly_one_match(mode: str) -> None:
    body = {"data": [{"type": "apps", "id": "1", "attributes": {"bundleId": "a.b"}},
                     {"type": "apps", "id": "2", "attributes": {"bundleId": "a.b.c"}}],
            "links": {"self": "x"}}
    c = client(mode, Recorder(jresp(200, body)))
    assert (await resolve(list_apps(c).one(bundle_id="a.b"))).id == "1"
    assert (await resolve(list_apps(c).one(bundleId="a.b.c"))).id == "2"
    with pytest.raises(LookupError, match="found 0"):
        await resolve(list_apps(c).one(bundle_id="zzz"))
