"""Usage examples checked by mypy (tests/generated/test_typing.py); never executed."""

from __future__ import annotations

from typing import assert_type

import ascapi
from ascapi.models.app import App
from ascapi.models.app_price_point_v3 import AppPricePointV3
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


def page_type(client: ascapi.Client) -> Page[ascapi.Document, App] | None:
    return None
