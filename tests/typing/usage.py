"""Usage examples checked by mypy (tests/generated/test_typing.py); never executed."""

from __future__ import annotations

from typing import assert_type

import ascapi
from ascapi.models.app import App
from ascapi.models.build_response import BuildResponse
from ascapi.pagination import Page


def sync_usage(client: ascapi.Client) -> None:
    page = client.apps.list(filter_bundle_id=["com.example.app"], limit=50)
    for app in page:
        assert_type(app, App)
    assert_type(page.data, list[App])
    build = client.builds.get("123")
    assert_type(build, BuildResponse)
    client.app_store_versions.create(platform="IOS", version_string="2.0", app="123")
    client.apps.builds.ids("123")
    client.builds.beta_groups.add("123", ["g1"])


async def async_usage(aclient: ascapi.AsyncClient) -> None:
    build = await aclient.builds.get("123")
    assert_type(build, BuildResponse)
    async for app in aclient.apps.list(limit=10):
        assert_type(app, App)


def page_type(client: ascapi.Client) -> Page[ascapi.Document, App] | None:
    return None
