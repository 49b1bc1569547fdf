"""Usage examples checked by mypy (tests/generated/test_typing.py); never executed."""

from __future__ import annotations

from typing import assert_type

from msgspec import UnsetType

import ascapi
from ascapi import models
from ascapi.models.app import App, AppAttributes
from ascapi.models.app_price_point_v3 import AppPricePointV3
from ascapi.models.app_store_version import AppStoreVersion
from ascapi.models.build_response import BuildResponse
from ascapi.pagination import Page


def sync_usage(client: ascapi.Client) -> None:
    page = client.apps.list(filter_bundle_id=["com.example.app"], limit=50)
    for app in page:
        assert_type(app, App)
    assert_type(page.data, list[App])
    build = client.builds.get("123")
    assert_type(build, BuildResponse)
    created = client.app_store_versions.create(platform="IOS", version_string="2.0", app="123")
    assert_type(created.data, AppStoreVersion)  # required by the spec: no None, no UNSET
    assert_type(created.data.id, str)
    client.apps.builds.ids("123")
    client.builds.beta_groups.add("123", ["g1"])
    assert_type(client.apps.app_price_points.list("1", accept="text/csv"), str)
    for point in client.apps.app_price_points.list("1"):
        assert_type(point, AppPricePointV3)
    assert_type(client.sales_reports.list(filter_frequency=["DAILY"], filter_report_sub_type=["SUMMARY"],
                                          filter_report_type=["SALES"], filter_vendor_number=["1"]), bytes)


async def async_usage(aclient: ascapi.AsyncClient) -> None:
    build = await aclient.builds.get("123")
    assert_type(build, BuildResponse)
    async for app in aclient.apps.list(limit=10):
        assert_type(app, App)
    csv = await aclient.apps.app_price_points.list("1", accept="text/csv")
    assert_type(csv, str)
    csv = await aclient.apps.app_price_points.list("1", accept="text/csv")
    assert_type(csv, str)


def required_members_are_plain(client: ascapi.Client) -> None:
    page = client.apps.list(limit=1)
    app = page.data[0]
    assert_type(app.id, str)
    client.apps.builds.list(app.id)  # an id goes straight back into a call
    assert_type(client.apps.get(app.id).data, App)
    assert_type(page.document.links.self, str)
    # `attributes` is not required by the spec (sparse fieldsets can leave it out): narrow it
    assert_type(app.attributes, AppAttributes | UnsetType | None)
    if app.attributes:
        assert_type(app.attributes.name, str | UnsetType | None)
    relationships = app.relationships
    if relationships and relationships.builds and relationships.builds.data:
        assert_type(relationships.builds.data[0].id, str)


def models_package_is_typed() -> None:
    # `ascapi.models` loads lazily; its stub gives type checkers the real classes
    assert_type(models.App, type[App])
    assert_type(models.App(type="apps", id="1").id, str)


def page_type(client: ascapi.Client) -> Page[ascapi.Document, App] | None:
    return None
