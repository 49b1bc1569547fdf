"""Odd input and failures: numbers in other scripts, unexpected errors, and failed writes that
must leave the state as it was."""

from __future__ import annotations

import httpx
import msgspec
import pytest

from ascapi.emulator import Emulator

from .conftest import API, first_error, mint


# ---- integers and dates: ASCII digits only ----------------------------------------------------
@pytest.mark.parametrize("params", [
    {"limit": "²"}, {"limit": "٣"}, {"limit": "+3"}, {"limit": " 3"}, {"limit": "3.0"},
    {"include": "appStoreVersions", "limit[appStoreVersions]": "²"},
    {"exists[gameCenterEnabledVersions]": "True"},
])
def test_odd_numbers_and_booleans_are_a_parameter_error(shared_api: httpx.Client, params: dict[str, str]) -> None:
    response = shared_api.get("/v1/apps", params=params)
    assert response.status_code == 400, response.text
    assert first_error(response)["code"] == "PARAMETER_ERROR.INVALID"


def test_a_cursor_with_a_non_ascii_offset_is_refused(shared_api: httpx.Client) -> None:
    import base64

    cursor = base64.urlsafe_b64encode(b'{"offset":"\\u0663"}').decode().rstrip("=")
    response = shared_api.get("/v1/apps", params={"cursor": cursor})
    assert response.status_code == 400 and first_error(response)["code"] == "PARAMETER_ERROR.INVALID"


def test_report_dates_in_other_digits_are_refused(shared_api: httpx.Client) -> None:
    response = shared_api.get("/v1/salesReports", params={
        "filter[vendorNumber]": "80012345", "filter[reportType]": "SALES", "filter[reportSubType]": "SUMMARY",
        "filter[frequency]": "MONTHLY", "filter[reportDate]": "٢٠٢٤-٠١"})
    assert response.status_code == 400 and first_error(response)["code"] == "PARAMETER_ERROR.INVALID"


def test_an_upload_part_number_in_other_digits_is_not_found(shared_emu: Emulator) -> None:
    with httpx.Client(transport=shared_emu.transport()) as raw:
        response = raw.put(f"{shared_emu.upload_origin}/asset-uploads/abc/part-²?expires=²&sig=x", content=b"x")
    assert response.status_code == 404


# ---- unexpected errors: Apple's 500, in-process and over HTTP ---------------------------------
def _boom(*args: object) -> None:
    raise ValueError("a bug")


def test_an_unexpected_error_is_an_apple_500(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    key = emu.add_key()
    monkeypatch.setattr(emu, "_do_collection", _boom)
    headers = {"Authorization": f"Bearer {mint(key)}"}
    with httpx.Client(transport=emu.transport(), base_url=API, headers=headers) as api:
        in_process = api.get("/v1/apps")
    with emu.serve() as base, httpx.Client(base_url=base, headers=headers) as api:
        over_http = api.get("/v1/apps")
        still_up = api.get("/v1/apps/1")
    for response in (in_process, over_http):
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/json"
        assert first_error(response)["code"] == "UNEXPECTED_ERROR"
    assert still_up.status_code == 404


# ---- a failed write changes nothing -----------------------------------------------------------
def _schedule(app: str, point: str, territory: str = "USA", point_of_second: str | None = None) -> dict[str, object]:
    included: list[dict[str, object]] = [
        {"type": "appPrices", "id": "${p1}", "attributes": {"startDate": None},
         "relationships": {"appPricePoint": {"data": {"type": "appPricePoints", "id": point}}}},
    ]
    if point_of_second is not None:
        included.append({"type": "appPrices", "id": "${p2}", "attributes": {"startDate": None},
                         "relationships": {"appPricePoint": {"data": {"type": "appPricePoints",
                                                                      "id": point_of_second}}}})
    prices = [{"type": "appPrices", "id": i["id"]} for i in included]
    return {"data": {"type": "appPriceSchedules", "relationships": {
        "app": {"data": {"type": "apps", "id": app}},
        "baseTerritory": {"data": {"type": "territories", "id": territory}},
        "manualPrices": {"data": prices}}}, "included": included}


@pytest.mark.parametrize("broken", ["missing app", "missing territory", "missing point of a second price"])
def test_a_failed_compound_create_leaves_no_stray_records(emu: Emulator, api: httpx.Client, broken: str) -> None:
    app = str(api.get("/v1/apps").json()["data"][0]["id"])
    point = api.get(f"/v1/apps/{app}/appPricePoints", params={"limit": "1"}).json()["data"][0]["id"]
    body = {
        "missing app": _schedule("1", point),
        "missing territory": _schedule(app, point, territory="XXX"),
        "missing point of a second price": _schedule(app, point, point_of_second="nope"),
    }[broken]
    before = msgspec.json.encode(emu.store.data)
    response = api.post("/v1/appPriceSchedules", json=body)
    assert response.status_code in (404, 409), response.text
    assert msgspec.json.encode(emu.store.data) == before
    assert emu.store.all("appPrices") == []
    good = api.post("/v1/appPriceSchedules", json=_schedule(app, point))
    assert good.status_code == 201, good.text


# ---- sort by id -------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/v1/devices", "/v1/bundleIds"])
def test_sort_by_id(shared_api: httpx.Client, path: str) -> None:
    def ids(**params: str) -> list[str]:
        return [d["id"] for d in shared_api.get(path, params={"limit": "200", **params}).json()["data"]]

    every = sorted(ids()) if len(ids()) < 200 else None  # devices: more than one page
    ascending, descending = ids(sort="id"), ids(sort="-id")
    assert ascending == sorted(ascending) and descending == sorted(descending, reverse=True)
    assert ascending != ids() and ascending[0] < descending[0]
    if every is not None:
        assert ascending == every and descending == every[::-1]


def test_numeric_ids_sort_as_numbers() -> None:
    from ascapi.emulator._query import apply_sort

    items: list[tuple[str, dict[str, object]]] = [(i, {"attributes": {}}) for i in ("90", "1000", "7")]
    assert [i for i, _ in apply_sort(items, "id")] == ["7", "90", "1000"]
    assert [i for i, _ in apply_sort(items, "-id")] == ["1000", "90", "7"]
    mixed = [*items, ("a-uuid", {"attributes": {}})]
    assert [i for i, _ in apply_sort(mixed, "id")] == ["1000", "7", "90", "a-uuid"]
