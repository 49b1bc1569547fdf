"""What generated methods send and return: wire names, bodies from keywords, non-JSON results."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest
from _gen_helpers import async_client, client

from ascapi import models

SALES = {"filter_frequency": ["DAILY"], "filter_report_sub_type": ["SUMMARY"],
         "filter_report_type": ["SALES"], "filter_vendor_number": ["8712"]}
CSV = "Territory,Price\nUSA,0.99\n"


def recorder(response: httpx.Response) -> tuple[list[httpx.Request], object]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return response

    return seen, handler


def test_sales_report_returns_the_gzip_bytes() -> None:
    payload = gzip.compress(b"Provider\tSKU\nAPPLE\tD1\n")
    seen, handler = recorder(httpx.Response(200, content=payload, headers={"content-type": "application/a-gzip"}))
    result = client(handler).sales_reports.list(**SALES)
    assert result == payload
    assert seen[0].url.params["filter[reportType]"] == "SALES"


def test_csv_only_endpoint_returns_text() -> None:
    seen, handler = recorder(httpx.Response(200, text=CSV, headers={"content-type": "text/csv"}))
    assert client(handler).subscription_offer_code_one_time_use_codes.values.get("c1") == CSV
    assert seen[0].url.path == "/v1/subscriptionOfferCodeOneTimeUseCodes/c1/values"


def test_json_or_csv_endpoint_defaults_to_json_and_can_ask_for_csv() -> None:
    page_json = {"data": [{"type": "appPricePoints", "id": "p"}], "links": {"self": "s"}}
    seen, handler = recorder(httpx.Response(200, json=page_json))
    page = client(handler).apps.app_price_points.list("1", limit=10)
    assert page.data[0].id == "p" and isinstance(page.data[0], models.AppPricePointV3)
    seen, handler = recorder(httpx.Response(200, text=CSV, headers={"content-type": "text/csv"}))
    assert client(handler).apps.app_price_points.list("1", accept="text/csv") == CSV
    assert seen[0].headers["accept"] == "text/csv"


def test_limit_above_the_spec_maximum_is_refused_before_sending() -> None:
    seen, handler = recorder(httpx.Response(200, json={"data": []}))
    with pytest.raises(ValueError):
        client(handler).apps.list(limit=500)
    assert seen == []


def test_bracketed_query_names_and_lists_on_the_wire() -> None:
    seen, handler = recorder(httpx.Response(200, json={"data": [], "links": {"self": "s"}}))
    client(handler).apps.list(filter_bundle_id=["a", "b"], fields_apps=["name", "sku"],
                              filter_app_store_versions_platform=["IOS"], limit_builds=5,
                              exists_game_center_enabled_versions=True)
    params = seen[0].url.params
    assert params["filter[bundleId]"] == "a,b" and params["fields[apps]"] == "name,sku"
    assert params["filter[appStoreVersions.platform]"] == "IOS" and params["limit[builds]"] == "5"
    assert params["exists[gameCenterEnabledVersions]"] == "true"


def test_create_from_keywords_sends_only_what_was_given() -> None:
    created = {"data": {"type": "appStoreVersions", "id": "v"}, "links": {"self": "s"}}
    seen, handler = recorder(httpx.Response(201, json=created))
    result = client(handler).app_store_versions.create(platform="IOS", version_string="2.0", app="123")
    assert isinstance(result, models.AppStoreVersionResponse) and result.data.id == "v"
    assert json.loads(seen[0].content) == {"data": {
        "type": "appStoreVersions", "attributes": {"platform": "IOS", "versionString": "2.0"},
        "relationships": {"app": {"data": {"type": "apps", "id": "123"}}}}}


def test_update_from_keywords_sends_null_for_none_and_the_id() -> None:
    seen, handler = recorder(httpx.Response(200, json={"data": {"type": "appStoreVersions", "id": "v"}}))
    client(handler).app_store_versions.update("v", copyright=None, build="b7")
    assert seen[0].method == "PATCH" and seen[0].url.path == "/v1/appStoreVersions/v"
    assert json.loads(seen[0].content) == {"data": {
        "type": "appStoreVersions", "id": "v", "attributes": {"copyright": None},
        "relationships": {"build": {"data": {"type": "builds", "id": "b7"}}}}}


def test_body_as_dict_or_model_and_not_both_with_keywords() -> None:
    seen, handler = recorder(httpx.Response(201, json={"data": {"type": "appStoreVersions", "id": "v"}}))
    c = client(handler)
    body = {"data": {"type": "appStoreVersions", "attributes": {"platform": "IOS", "versionString": "3"}}}
    c.app_store_versions.create(body=body)
    assert json.loads(seen[-1].content) == body
    model = models.AppStoreVersionCreateRequest(data=models.AppStoreVersionCreateRequestData(
        type="appStoreVersions", attributes=models.AppStoreVersionCreateRequestDataAttributes(
            platform="IOS", version_string="4")))
    c.app_store_versions.create(body=model)
    assert json.loads(seen[-1].content)["data"]["attributes"] == {"platform": "IOS", "versionString": "4"}
    with pytest.raises(TypeError):
        c.app_store_versions.create(body=body, platform="IOS")


def test_relationship_linkage_methods() -> None:
    seen, handler = recorder(httpx.Response(204))
    c = client(handler)
    assert c.builds.beta_groups.add("b", ["g1", "g2"]) is None
    assert (seen[-1].method, seen[-1].url.path) == ("POST", "/v1/builds/b/relationships/betaGroups")
    assert json.loads(seen[-1].content) == {"data": [{"type": "betaGroups", "id": "g1"},
                                                     {"type": "betaGroups", "id": "g2"}]}
    c.builds.beta_groups.remove("b", ["g1"])
    assert seen[-1].method == "DELETE" and json.loads(seen[-1].content)["data"][0]["id"] == "g1"
    c.builds.app_encryption_declaration.set("b", "e")
    assert seen[-1].method == "PATCH"
    assert json.loads(seen[-1].content) == {"data": {"type": "appEncryptionDeclarations", "id": "e"}}


def test_linkage_listing_pages_typed_items() -> None:
    body = {"data": [{"type": "builds", "id": "b1"}], "links": {"self": "s"}}
    seen, handler = recorder(httpx.Response(200, json=body))
    page = client(handler).apps.builds.ids("1")
    assert seen[0].url.path == "/v1/apps/1/relationships/builds"
    assert type(page.data[0]).__name__ == "AppBuildsLinkagesResponseData" and page.data[0].id == "b1"


async def test_async_twins_send_the_same_requests() -> None:
    seen, handler = recorder(httpx.Response(200, json={"data": {"type": "builds", "id": "b"}, "links": {"self": "s"}}))
    async with async_client(handler) as ac:
        build = await ac.builds.get("b", fields_builds=["version"])
        assert isinstance(build, models.BuildResponse) and build.data.id == "b"
        assert seen[0].url.params["fields[builds]"] == "version"
    seen, handler = recorder(httpx.Response(200, json={"data": [], "links": {"self": "s"}}))
    async with async_client(handler) as ac:
        page = await ac.apps.list(limit=5)
        assert page.data == [] and seen[0].url.params["limit"] == "5"


async def test_async_json_or_csv_endpoint() -> None:
    seen, handler = recorder(httpx.Response(200, text=CSV, headers={"content-type": "text/csv"}))
    async with async_client(handler) as ac:
        assert await ac.apps.app_price_points.list("1", accept="text/csv") == CSV
    assert seen[0].headers["accept"] == "text/csv"
    page_json = {"data": [{"type": "appPricePoints", "id": "p"}], "links": {"self": "s"}}
    _, handler = recorder(httpx.Response(200, json=page_json))
    async with async_client(handler) as ac:
        assert [p.id async for p in ac.apps.app_price_points.list("1")] == ["p"]
