"""Non-resource answers: metrics, perf/power metrics, diagnostic logs, offer codes, CSV lists."""

from __future__ import annotations

import csv
import io

import httpx

from ascapi.emulator import Emulator


def _first(emu: Emulator, rtype: str) -> str:
    return str(sorted(emu.store.all(rtype))[0][0])


def test_beta_tester_usages_grouped_by_tester_include_the_testers(shared_api: httpx.Client,
                                                                    shared_emu: Emulator) -> None:
    group = _first(shared_emu, "betaGroups")
    body = shared_api.get(f"/v1/betaGroups/{group}/metrics/betaTesterUsages",
                          params={"groupBy": "betaTesters", "period": "P30D"}).json()
    testers = shared_emu.store.linked("betaGroups", group, "betaTesters")
    series_ids = [s["dimensions"]["betaTesters"]["data"] for s in body["data"]]
    assert series_ids and set(series_ids) <= set(testers)
    assert all(len(s["dataPoints"]) == 30 for s in body["data"])
    assert [t["id"] for t in body["included"]] == series_ids
    assert {"crashCount", "sessionCount", "feedbackCount"} == set(body["data"][0]["dataPoints"][0]["values"])


def test_matchmaking_metrics_follow_granularity_and_result_filter() -> None:
    emu = Emulator(seed=0)
    emu.populate_all_types()
    from .conftest import API, mint

    with httpx.Client(transport=emu.transport(), base_url=API,
                      headers={"Authorization": f"Bearer {mint(emu.add_key())}"}) as api:
        queue = _first(emu, "gameCenterMatchmakingQueues")
        path = f"/v1/gameCenterMatchmakingQueues/{queue}/metrics/matchmakingRequests"
        hourly = api.get(path, params={"granularity": "PT1H", "groupBy": "result"})
        matched = api.get(path, params={"granularity": "P1D", "groupBy": "result", "filter[result]": "MATCHED"})
        missing = api.get(f"/v1/gameCenterMatchmakingQueues/{queue}/metrics/matchmakingSessions")
    body = hourly.json()
    assert sorted(s["dimensions"]["result"]["data"] for s in body["data"]) == ["CANCELED", "EXPIRED", "MATCHED"]
    assert [s["dimensions"]["result"]["data"] for s in matched.json()["data"]] == ["MATCHED"]
    assert len(matched.json()["data"][0]["dataPoints"]) == 7
    points = body["data"][0]["dataPoints"]
    assert len(points) == 24 and body["data"][0]["granularity"] == "PT1H"
    values = points[0]["values"]
    assert values["p50SecondsInQueue"] <= values["averageSecondsInQueue"] <= values["p95SecondsInQueue"]
    assert missing.status_code == 400  # granularity is required


def test_perf_power_metrics_filter_by_metric_type(shared_api: httpx.Client, shared_emu: Emulator) -> None:
    app = _first(shared_emu, "apps")
    response = shared_api.get(f"/v1/apps/{app}/perfPowerMetrics",
                              params={"filter[metricType]": "LAUNCH,MEMORY", "filter[deviceType]": "all_ipads"})
    assert response.headers["content-type"] == "application/vnd.apple.xcode-metrics+json"
    categories = response.json()["productData"][0]["metricCategories"]
    assert sorted(c["identifier"] for c in categories) == ["LAUNCH", "MEMORY"]
    datasets = categories[0]["metrics"][0]["datasets"]
    assert {d["filterCriteria"]["device"] for d in datasets} == {"all_ipads"}
    versions = {p["version"] for d in datasets for p in d["points"]}
    owned = shared_emu.store.linked("apps", app, "appStoreVersions")
    assert versions <= {shared_emu.store.get("appStoreVersions", v)["attributes"]["versionString"] for v in owned}


def test_diagnostic_logs_and_offer_code_values() -> None:
    emu = Emulator(seed=0)
    emu.populate_all_types()
    from .conftest import API, mint

    batch = _first(emu, "subscriptionOfferCodeOneTimeUseCodes")
    emu.store.get("subscriptionOfferCodeOneTimeUseCodes", batch)["attributes"]["numberOfCodes"] = 25
    with httpx.Client(transport=emu.transport(), base_url=API,
                      headers={"Authorization": f"Bearer {mint(emu.add_key())}"}) as api:
        signature = _first(emu, "diagnosticSignatures")
        logs = api.get(f"/v1/diagnosticSignatures/{signature}/logs", params={"limit": 2})
        codes = api.get(f"/v1/subscriptionOfferCodeOneTimeUseCodes/{batch}/values")
        again = api.get(f"/v1/subscriptionOfferCodeOneTimeUseCodes/{batch}/values")
        unknown = api.get("/v1/subscriptionOfferCodeOneTimeUseCodes/nope/values")
    assert logs.headers["content-type"] == "application/vnd.apple.diagnostic-logs+json"
    product = logs.json()["productData"][0]
    assert product["signatureId"] == signature and len(product["diagnosticLogs"]) == 2
    assert codes.headers["content-type"] == "text/csv"
    lines = codes.text.splitlines()
    assert len(lines) == len(set(lines)) == 25 and codes.text == again.text
    assert unknown.status_code == 404


def test_price_points_as_csv_only_when_asked(shared_api: httpx.Client, shared_emu: Emulator) -> None:
    app = _first(shared_emu, "apps")
    path = f"/v1/apps/{app}/appPricePoints"
    default = shared_api.get(path, params={"limit": 5})
    preferred = shared_api.get(path, params={"limit": 5},
                               headers={"Accept": "application/json;q=0.5, text/csv"})
    json_first = shared_api.get(path, params={"limit": 5}, headers={"Accept": "application/json, text/csv;q=0.9"})
    assert default.headers["content-type"] == json_first.headers["content-type"] == "application/json"
    assert preferred.headers["content-type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(preferred.text)))
    items = default.json()["data"]
    assert [r["id"] for r in rows] == [i["id"] for i in items]
    assert [r["customerPrice"] for r in rows] == [i["attributes"]["customerPrice"] for i in items]
    assert {r["territory"] for r in rows} <= {t for t, _ in shared_emu.store.all("territories")}
