from __future__ import annotations

import itertools
import pathlib
from urllib.parse import parse_qs, urlsplit

import httpx

from ascapi.emulator import Emulator

from .conftest import API, first_error, mint


def _app_id(api: httpx.Client, bundle: str = "com.example.notes") -> str:
    data = api.get("/v1/apps", params={"filter[bundleId]": bundle}).json()["data"]
    assert len(data) == 1
    return str(data[0]["id"])


def test_list_apps_with_fields_and_include(shared_api: httpx.Client) -> None:
    body = shared_api.get(
        "/v1/apps",
        params={"fields[apps]": "name,bundleId,appStoreVersions", "include": "appStoreVersions",
                "fields[appStoreVersions]": "versionString,appStoreState", "limit[appStoreVersions]": "2"},
    ).json()
    assert [a["attributes"]["name"] for a in body["data"]][:2] == ["Example Notes", "Trail Tracker"]
    first = body["data"][0]
    assert set(first["attributes"]) == {"name", "bundleId"}
    assert set(first["relationships"]) == {"appStoreVersions"}
    rel = first["relationships"]["appStoreVersions"]
    assert len(rel["data"]) == 2 and rel["meta"]["paging"]["limit"] == 2
    included = {(r["type"], r["id"]) for r in body["included"]}
    assert {(d["type"], d["id"]) for d in rel["data"]} <= included
    assert all(set(r["attributes"]) <= {"versionString", "appStoreState"} for r in body["included"])
    assert body["meta"]["paging"] == {"total": 4, "limit": 50}


def test_filters_exact_comma_lists_ids_and_dotted(shared_api: httpx.Client) -> None:
    two = shared_api.get("/v1/apps", params={"filter[bundleId]": "com.example.notes,com.example.skylens"})
    assert sorted(a["attributes"]["bundleId"] for a in two.json()["data"]) == [
        "com.example.notes", "com.example.skylens"]
    # exact, not a prefix match (C14)
    assert shared_api.get("/v1/apps", params={"filter[bundleId]": "com.example"}).json()["data"] == []
    ids = [a["id"] for a in two.json()["data"]]
    by_id = shared_api.get("/v1/apps", params={"filter[id]": ids[0]}).json()["data"]
    assert [a["id"] for a in by_id] == ids[:1]
    waiting = shared_api.get("/v1/apps", params={"filter[appStoreVersions.appStoreState]": "WAITING_FOR_REVIEW"})
    names = {a["attributes"]["name"] for a in waiting.json()["data"]}
    assert names == {"Trail Tracker"}  # Pocket Budget's 1.2.0 is released: its 2.0.0 is in preparation


def test_sort_and_nested_filter_on_related(shared_api: httpx.Client) -> None:
    app = _app_id(shared_api)
    builds = shared_api.get("/v1/builds", params={"filter[app]": app, "sort": "-version", "limit": "3"}).json()
    assert [b["attributes"]["version"] for b in builds["data"]] == ["105", "104", "103"]
    assert builds["meta"]["paging"]["total"] == 6
    expired = shared_api.get("/v1/builds", params={"filter[app]": app, "filter[expired]": "false"}).json()
    assert {b["attributes"]["version"] for b in expired["data"]} == {"103", "104", "105"}


def test_pagination_over_1200_devices_with_cursor_links(shared_api: httpx.Client) -> None:
    url: str | None = "/v1/devices?limit=200&fields%5Bdevices%5D=name,udid"
    seen: list[str] = []
    pages = 0
    while url:
        response = shared_api.get(url)
        assert response.status_code == 200
        body = response.json()
        seen += [d["id"] for d in body["data"]]
        assert set(body["data"][0]["attributes"]) == {"name", "udid"}
        assert body["meta"]["paging"] == {"total": 1200, "limit": 200}
        url = body["links"].get("next")
        if url:
            assert url.startswith(API + "/v1/devices?cursor=")
            assert "fields%5Bdevices%5D=name%2Cudid" in url  # brackets percent-encoded like Apple
            assert parse_qs(urlsplit(url).query)["limit"] == ["200"]
        pages += 1
    assert pages == 6 and len(seen) == len(set(seen)) == 1200


def test_limit_over_maximum_and_unknown_or_bad_params(shared_api: httpx.Client) -> None:
    over = shared_api.get("/v1/devices", params={"limit": "201"})
    err = first_error(over)
    assert over.status_code == 400 and err["code"] == "PARAMETER_ERROR.INVALID"
    assert err["source"] == {"parameter": "limit"}
    unknown = shared_api.get("/v1/apps", params={"filter[colour]": "blue"})
    assert unknown.status_code == 400 and first_error(unknown)["source"] == {"parameter": "filter[colour]"}
    bad_enum = shared_api.get("/v1/apps", params={"fields[apps]": "name,nosuchfield"})
    assert bad_enum.status_code == 400 and first_error(bad_enum)["code"] == "PARAMETER_ERROR.INVALID"
    twice = shared_api.get("/v1/apps?limit=2&limit=3")
    assert twice.status_code == 400
    cursor = shared_api.get("/v1/apps", params={"cursor": "!!!"})
    assert cursor.status_code == 400 and first_error(cursor)["source"] == {"parameter": "cursor"}
    missing = shared_api.get("/v1/nope")
    assert missing.status_code == 404 and first_error(missing)["code"] == "NOT_FOUND"
    instance = shared_api.get("/v1/apps/0000000000")
    assert instance.status_code == 404 and first_error(instance)["code"] == "NOT_FOUND"


def test_release_workflow_version_localization_and_beta_tester(api: httpx.Client) -> None:
    app = _app_id(api, "com.example.notes")  # every version is on the store: a new one may start
    created = api.post("/v1/appStoreVersions", json={"data": {
        "type": "appStoreVersions",
        "attributes": {"platform": "IOS", "versionString": "3.0.0"},
        "relationships": {"app": {"data": {"type": "apps", "id": app}}},
    }})
    assert created.status_code == 201, created.text
    version = created.json()["data"]
    assert version["attributes"]["appStoreState"] == "PREPARE_FOR_SUBMISSION"
    loc = api.post("/v1/appStoreVersionLocalizations", json={"data": {
        "type": "appStoreVersionLocalizations",
        "attributes": {"locale": "fr-FR", "whatsNew": "Nouveau"},
        "relationships": {"appStoreVersion": {"data": {"type": "appStoreVersions", "id": version["id"]}}},
    }})
    assert loc.status_code == 201, loc.text
    # both sides of the relationships were kept in step
    versions = api.get(f"/v1/apps/{app}/appStoreVersions", params={"filter[versionString]": "3.0.0"}).json()
    assert [v["id"] for v in versions["data"]] == [version["id"]]
    locs = api.get(f"/v1/appStoreVersions/{version['id']}/appStoreVersionLocalizations").json()["data"]
    # like Apple, the primary locale was created with the version, copied from the previous one
    assert [x["attributes"]["locale"] for x in locs] == ["en-US", "fr-FR"]
    assert locs[0]["attributes"]["keywords"] == "notes,productivity,example"
    again = api.post("/v1/appStoreVersions", json={"data": {
        "type": "appStoreVersions", "attributes": {"platform": "IOS", "versionString": "3.0.0"},
        "relationships": {"app": {"data": {"type": "apps", "id": app}}}}})
    assert again.status_code == 409
    assert first_error(again)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"
    patched = api.patch(f"/v1/appStoreVersionLocalizations/{loc.json()['data']['id']}", json={"data": {
        "type": "appStoreVersionLocalizations", "id": loc.json()["data"]["id"],
        "attributes": {"description": "Une app."}}})
    assert patched.status_code == 200
    assert patched.json()["data"]["attributes"] == {"locale": "fr-FR", "whatsNew": "Nouveau", "description": "Une app."}

    groups = api.get("/v1/betaGroups", params={"filter[app]": app, "filter[name]": "Public Beta"}).json()
    group = groups["data"][0]
    tester = api.post("/v1/betaTesters", json={"data": {
        "type": "betaTesters", "attributes": {"email": "new.tester@example.com", "firstName": "New"},
    }}).json()["data"]
    linkage = {"data": [{"type": "betaTesters", "id": tester["id"]}]}
    assert api.post(f"/v1/betaGroups/{group['id']}/relationships/betaTesters", json=linkage).status_code == 204
    ids = api.get(f"/v1/betaGroups/{group['id']}/relationships/betaTesters", params={"limit": "200"}).json()
    assert {"type": "betaTesters", "id": tester["id"]} in ids["data"]
    back = api.get(f"/v1/betaTesters/{tester['id']}/betaGroups").json()["data"]
    assert [g["id"] for g in back] == [group["id"]]
    assert api.request("DELETE", f"/v1/betaGroups/{group['id']}/relationships/betaTesters",
                       json=linkage).status_code == 204
    assert api.get(f"/v1/betaTesters/{tester['id']}/betaGroups").json()["data"] == []


def test_create_errors_point_at_the_body(api: httpx.Client) -> None:
    def post(attrs: dict, rels: dict | None = None, rtype: str = "appStoreVersions") -> httpx.Response:
        data: dict = {"type": rtype, "attributes": attrs}
        if rels is not None:
            data["relationships"] = rels
        return api.post("/v1/appStoreVersions", json={"data": data})

    app_rel = {"app": {"data": {"type": "apps", "id": _app_id(api)}}}
    missing = post({"platform": "IOS"}, app_rel)
    assert missing.status_code == 409
    assert first_error(missing)["source"] == {"pointer": "/data/attributes/versionString"}
    bad_enum = post({"platform": "WINDOWS", "versionString": "9"}, app_rel)
    assert first_error(bad_enum)["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID"
    unknown = post({"platform": "IOS", "versionString": "9", "colour": "red"}, app_rel)
    assert first_error(unknown)["code"] == "ENTITY_ERROR.ATTRIBUTE.UNKNOWN"
    null_attr = post({"platform": "IOS", "versionString": "9", "downloadable": None}, app_rel)
    assert null_attr.status_code == 409  # C13: optional members sent as null are refused
    no_app = post({"platform": "IOS", "versionString": "9"}, {})
    assert first_error(no_app)["code"] == "ENTITY_ERROR.RELATIONSHIP.REQUIRED"
    ghost = post({"platform": "IOS", "versionString": "9"}, {"app": {"data": {"type": "apps", "id": "1"}}})
    assert ghost.status_code == 404
    wrong_type = post({"platform": "IOS", "versionString": "9"}, app_rel, rtype="apps")
    assert first_error(wrong_type)["source"] == {"pointer": "/data/type"}


def test_delete_and_to_one_relationship(api: httpx.Client) -> None:
    app = _app_id(api)
    versions = api.get(f"/v1/apps/{app}/appStoreVersions").json()["data"]
    vid = versions[-1]["id"]
    build = api.get(f"/v1/appStoreVersions/{vid}/relationships/build").json()["data"]
    assert build["type"] == "builds"
    other = api.get("/v1/builds", params={"filter[app]": app, "filter[version]": "100"}).json()["data"][0]
    body = {"data": {"type": "builds", "id": other["id"]}}
    assert api.patch(f"/v1/appStoreVersions/{vid}/relationships/build", json=body).status_code == 204
    assert api.get(f"/v1/appStoreVersions/{vid}/build").json()["data"]["id"] == other["id"]
    assert api.delete(f"/v1/appStoreVersions/{vid}").status_code == 204
    assert api.get(f"/v1/appStoreVersions/{vid}").status_code == 404
    assert vid not in [v["id"] for v in api.get(f"/v1/apps/{app}/appStoreVersions").json()["data"]]


def test_state_file_resumes(tmp_path: pathlib.Path) -> None:
    state = tmp_path / "state.json"
    first = Emulator(seed=0, state_file=state)
    key = first.add_key()
    headers = {"Authorization": f"Bearer {mint(key)}"}
    with httpx.Client(transport=first.transport(), base_url=API, headers=headers) as api:
        made = api.post("/v1/betaGroups", json={"data": {"type": "betaGroups", "attributes": {"name": "Resumed"},
                        "relationships": {"app": {"data": {"type": "apps", "id": _app_id(api)}}}}})
        assert made.status_code == 201
    second = Emulator(seed=0, state_file=state)  # the same key still works after the restart
    with httpx.Client(transport=second.transport(), base_url=API, headers=headers) as api:
        names = [g["attributes"]["name"] for g in api.get("/v1/betaGroups", params={"limit": "200"}).json()["data"]]
    assert "Resumed" in names
    assert "PRIVATE KEY" not in state.read_text()


def test_empty_emulator_and_same_seed_same_ids() -> None:
    assert Emulator(seed=None).store.all("apps") == []
    assert [i for i, _ in Emulator(seed=3).store.all("apps")] == [i for i, _ in Emulator(seed=3).store.all("apps")]


def test_exists_and_multi_key_sort(shared_api: httpx.Client) -> None:
    with_flag = shared_api.get("/v1/builds", params={"exists[usesNonExemptEncryption]": "true", "limit": "200"})
    assert with_flag.json()["meta"]["paging"]["total"] == 24  # every seeded build states it
    without = shared_api.get("/v1/builds", params={"exists[usesNonExemptEncryption]": "false"})
    assert without.json()["data"] == []
    app = _app_id(shared_api, "com.example.pocketbudget")
    versions = shared_api.get(f"/v1/apps/{app}/appStoreVersions",
                              params={"filter[appStoreState]": "READY_FOR_SALE,WAITING_FOR_REVIEW"}).json()["data"]
    assert sorted(v["attributes"]["versionString"] for v in versions) == ["1.0.0", "1.1.0", "1.2.0"]
    testers = shared_api.get("/v1/betaTesters", params={"sort": "lastName,-email", "limit": "200"}).json()["data"]
    keys = [(t["attributes"]["lastName"], t["attributes"]["email"]) for t in testers]
    for (last_a, mail_a), (last_b, mail_b) in itertools.pairwise(keys):
        assert last_a < last_b or (last_a == last_b and mail_a >= mail_b)
    assert len({k[0] for k in keys}) < len(keys)  # ties on the first key exist, so the second one mattered
    ios = shared_api.get("/v1/devices", params={"filter[platform]": "IOS", "filter[status]": "DISABLED"}).json()
    assert ios["meta"]["paging"]["total"] == 120  # every tenth device is disabled, all of them iOS
    macs = shared_api.get("/v1/devices", params={"filter[platform]": "MAC_OS"}).json()
    assert macs["meta"]["paging"]["total"] == 300


def test_compound_create_with_inline_included_resources(api: httpx.Client) -> None:
    app = _app_id(api)
    point = api.get(f"/v1/apps/{app}/appPricePoints", params={"filter[territory]": "USA", "limit": "1"}).json()["data"][0]
    response = api.post("/v1/appPriceSchedules", json={
        "data": {"type": "appPriceSchedules", "relationships": {
            "app": {"data": {"type": "apps", "id": app}},
            "baseTerritory": {"data": {"type": "territories", "id": "USA"}},
            "manualPrices": {"data": [{"type": "appPrices", "id": "${price-1}"}]}}},
        "included": [
            {"type": "appPrices", "id": "${price-1}", "attributes": {"startDate": None},
             "relationships": {"appPricePoint": {"data": {"type": "appPricePoints", "id": point["id"]}}}},
            {"type": "territories", "id": "USA"},
        ],
    })
    assert response.status_code == 201, response.text
    schedule = response.json()["data"]["id"]
    prices = api.get(f"/v1/appPriceSchedules/{schedule}/manualPrices", params={"include": "appPricePoint"}).json()
    assert len(prices["data"]) == 1 and not prices["data"][0]["id"].startswith("$")
    assert prices["data"][0]["relationships"]["appPricePoint"]["data"]["id"] == point["id"]
    assert api.get(f"/v1/appPriceSchedules/{schedule}/baseTerritory").json()["data"]["id"] == "USA"


def test_a_sparse_fieldset_without_attributes_leaves_the_member_out(shared_api: httpx.Client) -> None:
    only_rel = shared_api.get("/v1/apps", params={"fields[apps]": "appStoreVersions"}).json()["data"][0]
    assert "attributes" not in only_rel and set(only_rel["relationships"]) == {"appStoreVersions"}
    only_attr = shared_api.get("/v1/apps", params={"fields[apps]": "name"}).json()["data"][0]
    assert set(only_attr["attributes"]) == {"name"} and "relationships" not in only_attr


def test_the_seed_keeps_one_version_in_progress_per_platform(shared_emu: Emulator) -> None:
    from ascapi.emulator._rules import SETTLED_STATES

    for app, _ in shared_emu.store.all("apps"):
        versions = [shared_emu.store.get("appStoreVersions", v)["attributes"]
                    for v in shared_emu.store.linked("apps", app, "appStoreVersions")]
        for platform in {v["platform"] for v in versions}:
            busy = [v["versionString"] for v in versions
                    if v["platform"] == platform and v["appStoreState"] not in SETTLED_STATES]
            assert len(busy) <= 1, (app, busy)
