"""Usage of a page's ``links`` and ``meta``, checked by mypy (tests/core/test_core_pages.py);
never executed."""

from __future__ import annotations

from typing import Any, assert_type

from msgspec import UnsetType

import ascapi
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation


def page_links_and_meta(client: ascapi.Client) -> None:
    page = client.apps.list(limit=50)
    assert_type(page.links, PagedDocumentLinks)  # the spec requires links: a plain type
    assert_type(page.links.next, str | UnsetType | None)
    assert_type(page.meta, PagingInformation)  # on every page Apple sends
    assert_type(page.meta.paging.total, int | UnsetType | None)
    assert_type(page.meta.paging.limit, int)
    assert_type(page.total, int | None)
    for later in page.iter_pages():
        assert_type(later.meta, PagingInformation)


async def async_page_meta(aclient: ascapi.AsyncClient) -> None:
    page = await aclient.builds.list(limit=10)
    assert_type(page.links, PagedDocumentLinks)
    assert_type(page.meta.paging.next_cursor, str | UnsetType | None)


def untyped_page(page: ascapi.Page[Any, Any]) -> None:
    assert_type(page.meta, Any)
