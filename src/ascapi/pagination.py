"""Pages of a collection and iteration across them.

A page keeps the decoded document and knows how to fetch the next one: from ``links.next``
exactly as Apple sent it (never re-adding the original query, which Apple rejects as duplicate
parameters), only on the configured API host (the token goes nowhere else), and never twice in
one iteration (a repeated link raises :class:`PaginationLoopError` instead of looping forever).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._jsonapi import UNSET, Document, UnsetType, resolve_linkage
from .errors import (
    InvalidArgumentError,
    MultipleMatchesError,
    NoMatchError,
    PaginationError,
    PaginationLoopError,
)

if TYPE_CHECKING:
    import httpx

    from ._base import RequestOptions
    from ._client import AsyncClient, Client, _BaseClient, _Prepared
    from ._ratelimit import RateLimit

__all__ = ["AsyncPage", "AsyncPager", "Page", "PaginationError", "PaginationLoopError"]

ResponseT = TypeVar("ResponseT")
ResponseT_co = TypeVar("ResponseT_co", covariant=True)
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
LinksT_co = TypeVar("LinksT_co", covariant=True)
MetaT_co = TypeVar("MetaT_co", covariant=True)


class _HasLinks(Protocol[LinksT_co]):
    """A document with ``links`` (every paged document: the spec requires them)."""

    @property
    def links(self) -> LinksT_co: ...


class _HasMeta(Protocol[MetaT_co]):
    """A document whose ``meta`` may be absent (every paged document's ``PagingInformation``)."""

    @property
    def meta(self) -> MetaT_co | UnsetType | None: ...


def _member(obj: Any, *names: str) -> Any:
    """A member of a generated struct or a dict, trying python and wire spellings."""
    if obj is None or obj is UNSET:
        return None
    for name in names:
        value = obj.get(name, UNSET) if isinstance(obj, dict) else getattr(obj, name, UNSET)
        if value is not UNSET:
            return value
    return None


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _matches(item: Any, attributes: dict[str, Any]) -> bool:
    attrs = _member(item, "attributes")
    return all(_member(attrs, name, _snake(name)) == value for name, value in attributes.items())


def _only(matches: list[Any], attributes: dict[str, Any]) -> Any:
    if len(matches) != 1:
        wanted = ", ".join(f"{k}={v!r}" for k, v in attributes.items())
        where = f" with {wanted}" if wanted else ""
        error = MultipleMatchesError if matches else NoMatchError
        raise error(f"expected exactly one item{where}, found {len(matches)}",
                    matches=len(matches), criteria=attributes)
    return matches[0]


def _check_limit(name: str, limit: int | None) -> None:
    """Refuse a ``max_items``/``max_pages`` that is not a non-negative integer or ``None``
    (0 is allowed: nothing is yielded), before anything is fetched."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise InvalidArgumentError(f"{name} must be a non-negative integer or None, got "
                                   f"{limit!r}")


class _PageBase(Generic[ResponseT_co, ItemT_co]):
    # covariant, so ``links``/``meta`` can read their types off the document's (``_HasMeta``)
    def __init__(self, client: _BaseClient, document: ResponseT_co, url: str,
                 response_type: type[Any], options: RequestOptions | None,
                 requested: frozenset[str]) -> None:
        self._client = client
        self._document = document
        self._response_type = response_type
        self._options = options
        self._requested = requested
        self.url = url

    @property
    def document(self) -> ResponseT_co:
        """The decoded response document of this page."""
        return self._document

    @property
    def data(self) -> list[ItemT_co]:
        data = _member(self._document, "data")
        return list(data) if data else []

    @property
    def included(self) -> list[Any]:
        included = _member(self._document, "included")
        return list(included) if included else []

    @property
    def links(self: _PageBase[_HasLinks[LinksT_co], Any]) -> LinksT_co:
        """The document's ``links`` (``PagedDocumentLinks``: ``self``, ``first``, ``next``)."""
        return _member(self._document, "links")  # type: ignore[no-any-return]

    @property
    def meta(self: _PageBase[_HasMeta[MetaT_co], Any]) -> MetaT_co:
        """The document's ``meta`` (``PagingInformation``: ``page.meta.paging.total``).

        Apple sends it on every page of a collection, so it is typed plainly, like the members
        the spec requires; the spec leaves it optional, and a page without it gives ``None``
        (:attr:`total` and :attr:`next_cursor` read it safely).
        """
        return _member(self._document, "meta")  # type: ignore[no-any-return]

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._document.rate_limit if isinstance(self._document, Document) else None

    @property
    def http_response(self) -> httpx.Response | None:
        return self._document.http_response if isinstance(self._document, Document) else None

    @property
    def next_url(self) -> str | None:
        """``links.next`` as Apple sent it, or ``None`` on the last page."""
        link = _member(_member(self._document, "links"), "next", "next_")
        return link if isinstance(link, str) and link else None

    @property
    def next_cursor(self) -> str | None:
        """The opaque cursor of the next page (pass it back as ``cursor=``), if any."""
        link = self.next_url
        if link:
            values = parse_qs(urlsplit(link).query).get("cursor")
            if values:
                return values[0]
        cursor = _member(self._paging, "next_cursor", "nextCursor")
        return cursor if isinstance(cursor, str) and cursor else None

    @property
    def total(self) -> int | None:
        """``meta.paging.total`` when Apple sent it."""
        total = _member(self._paging, "total")
        return total if isinstance(total, int) else None

    @property
    def _paging(self) -> Any:
        return _member(_member(self._document, "meta"), "paging")

    def has_next_page(self) -> bool:
        return self.next_url is not None

    def resolve(self, relationship: Any) -> Any:
        """The included model(s) a relationship points to (see ``ascapi._jsonapi.resolve_linkage``)."""
        return resolve_linkage(self.included, relationship)

    @property
    def raw(self) -> Any:
        """This page's document as plain JSON (members the models do not know included)."""
        return self._document.raw if isinstance(self._document, Document) else None

    def raw_for(self, resource: Any) -> dict[str, Any] | None:
        return self._document.raw_for(resource) if isinstance(self._document, Document) else None

    def _next_prepared(self) -> _Prepared | None:
        link = self.next_url
        if link is None:
            return None
        url = self._client._next_url(link, self._requested)
        options: RequestOptions = dict(self._options or {})  # type: ignore[assignment]
        options.pop("extra_query", None)  # the link already carries the whole query
        return self._client._prepare("GET", url, options=options)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return (f"<{type(self).__name__} {len(self.data)} items of "
                f"{getattr(self._response_type, '__name__', '?')}, next={self.next_url is not None}>")


class Page(_PageBase[ResponseT, ItemT]):
    """One page of a collection. Iterating yields every item, fetching later pages as needed."""

    _client: Client

    @classmethod
    def _first(cls, client: Client, prepared: _Prepared, response_type: type[Any],
               options: RequestOptions | None) -> Page[Any, Any]:
        document = client._fetch(prepared, response_type)
        return cls(client, document, prepared.url, response_type, options,
                   frozenset({prepared.url}))

    def next_page(self) -> Page[ResponseT, ItemT] | None:
        """Fetch the page ``links.next`` points to; ``None`` on the last page."""
        prepared = self._next_prepared()
        if prepared is None:
            return None
        document = self._client._fetch(prepared, self._response_type)
        return Page(self._client, document, prepared.url, self._response_type, self._options,
                    self._requested | {prepared.url})

    def iter_pages(self, *, max_pages: int | None = None) -> Iterator[Page[ResponseT, ItemT]]:
        """This page, then each following one (at most ``max_pages``).

        Raises :class:`~ascapi.InvalidArgumentError` at once for a negative ``max_pages``.
        """
        _check_limit("max_pages", max_pages)
        return self._iter_pages(max_pages)

    def _iter_pages(self, max_pages: int | None) -> Iterator[Page[ResponseT, ItemT]]:
        if max_pages == 0:
            return
        page: Page[ResponseT, ItemT] | None = self
        count = 0
        while page is not None:
            yield page
            count += 1
            if max_pages is not None and count >= max_pages:
                return
            page = page.next_page()

    def iter(self, *, max_items: int | None = None) -> Iterator[ItemT]:
        """Every item from this page on, across pages; stops after ``max_items``.

        Raises :class:`~ascapi.InvalidArgumentError` at once for a negative ``max_items``.
        """
        _check_limit("max_items", max_items)
        return self._iter(max_items)

    def _iter(self, max_items: int | None) -> Iterator[ItemT]:
        if max_items == 0:
            return
        count = 0
        for page in self.iter_pages():
            for item in page.data:
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return

    def __iter__(self) -> Iterator[ItemT]:
        return self.iter()

    def all(self, *, max_items: int | None = None) -> list[ItemT]:
        """Every item across pages, as a list."""
        return list(self.iter(max_items=max_items))

    def one(self, **attributes: Any) -> ItemT:
        """The single item whose attributes equal these values exactly, checked client-side.

        Apple's filters can match loosely (prefixes, ignored filters); this re-checks every item
        across pages and raises :class:`ascapi.NoMatchError` (also a ``LookupError``) when none
        matches, :class:`ascapi.MultipleMatchesError` (a ``NoMatchError``) when several do; the
        error's ``matches`` is how many did.
        Attribute names are the model's (``bundle_id``) or Apple's (``bundleId``).
        """
        return _only([i for i in self.iter() if _matches(i, attributes)], attributes)  # type: ignore[no-any-return]


class AsyncPage(_PageBase[ResponseT, ItemT]):
    """One page of a collection (async). ``async for`` yields every item across pages."""

    _client: AsyncClient

    @classmethod
    async def _first(cls, client: AsyncClient, prepared: _Prepared, response_type: type[Any],
                     options: RequestOptions | None) -> AsyncPage[Any, Any]:
        document = await client._fetch(prepared, response_type)
        return cls(client, document, prepared.url, response_type, options,
                   frozenset({prepared.url}))

    async def next_page(self) -> AsyncPage[ResponseT, ItemT] | None:
        prepared = self._next_prepared()
        if prepared is None:
            return None
        document = await self._client._fetch(prepared, self._response_type)
        return AsyncPage(self._client, document, prepared.url, self._response_type,
                         self._options, self._requested | {prepared.url})

    def iter_pages(self, *, max_pages: int | None = None
                   ) -> AsyncIterator[AsyncPage[ResponseT, ItemT]]:
        """See :meth:`Page.iter_pages`."""
        _check_limit("max_pages", max_pages)
        return self._iter_pages(max_pages)

    async def _iter_pages(self, max_pages: int | None
                          ) -> AsyncIterator[AsyncPage[ResponseT, ItemT]]:
        if max_pages == 0:
            return
        page: AsyncPage[ResponseT, ItemT] | None = self
        count = 0
        while page is not None:
            yield page
            count += 1
            if max_pages is not None and count >= max_pages:
                return
            page = await page.next_page()

    def iter(self, *, max_items: int | None = None) -> AsyncIterator[ItemT]:
        """See :meth:`Page.iter`."""
        _check_limit("max_items", max_items)
        return self._iter(max_items)

    async def _iter(self, max_items: int | None) -> AsyncIterator[ItemT]:
        if max_items == 0:
            return
        count = 0
        async for page in self.iter_pages():
            for item in page.data:
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.iter()

    async def all(self, *, max_items: int | None = None) -> list[ItemT]:
        return [item async for item in self.iter(max_items=max_items)]

    async def one(self, **attributes: Any) -> ItemT:
        """See :meth:`Page.one`."""
        return _only([i async for i in self.iter() if _matches(i, attributes)], attributes)  # type: ignore[no-any-return]


class AsyncPager(Generic[ResponseT, ItemT]):
    """What async list methods return: ``await`` it for the first :class:`AsyncPage`, or
    ``async for`` over it for every item across pages."""

    def __init__(self, client: AsyncClient, prepared: _Prepared, response_type: type[Any],
                 options: RequestOptions | None) -> None:
        self._client = client
        self._prepared = prepared
        self._response_type = response_type
        self._options = options
        self._page: AsyncPage[ResponseT, ItemT] | None = None

    async def _get(self) -> AsyncPage[ResponseT, ItemT]:
        if self._page is None:
            self._page = await AsyncPage._first(self._client, self._prepared,
                                                self._response_type, self._options)
        return self._page

    def __await__(self) -> Generator[Any, None, AsyncPage[ResponseT, ItemT]]:
        return self._get().__await__()

    def iter(self, *, max_items: int | None = None) -> AsyncIterator[ItemT]:
        """See :meth:`Page.iter`; a negative ``max_items`` raises before anything is fetched."""
        _check_limit("max_items", max_items)
        return self._iter(max_items)

    async def _iter(self, max_items: int | None) -> AsyncIterator[ItemT]:
        page = await self._get()
        async for item in page.iter(max_items=max_items):
            yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.iter()

    def iter_pages(self, *, max_pages: int | None = None
                   ) -> AsyncIterator[AsyncPage[ResponseT, ItemT]]:
        """See :meth:`Page.iter_pages`."""
        _check_limit("max_pages", max_pages)
        return self._iter_pages(max_pages)

    async def _iter_pages(self, max_pages: int | None
                          ) -> AsyncIterator[AsyncPage[ResponseT, ItemT]]:
        page = await self._get()
        async for p in page.iter_pages(max_pages=max_pages):
            yield p

    async def all(self, *, max_items: int | None = None) -> list[ItemT]:
        return [item async for item in self.iter(max_items=max_items)]

    async def one(self, **attributes: Any) -> ItemT:
        """See :meth:`Page.one`."""
        return await (await self._get()).one(**attributes)
