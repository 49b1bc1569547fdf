"""Conformance: every GET collection/instance/related/linkage route of Apple's spec answered by the
emulator validates against the spec's own response schema; error bodies against ErrorResponse.

Validator: openapi-schema-validator's OAS30ReadValidator (jsonschema + referencing) over the raw
spec, read from $ASCAPI_SPEC or ../shared/openapi; skipped when the spec is not on the machine.
"""

from __future__ import annotations

import json
import os
import pathlib
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30ReadValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from ascapi.emulator import Emulator

from .conftest import API, mint, schema_errors

SPEC = pathlib.Path(os.environ.get(
    "ASCAPI_SPEC",
    pathlib.Path(__file__).resolve().parents[3] / "shared/openapi/app-store-connect-openapi-4.4.1.json",
))
KINDS = ("collection", "instance", "related_many", "related_one", "linkages_many", "linkage_one")

pytestmark = pytest.mark.skipif(not SPEC.exists(), reason="Apple's spec is not available")


@pytest.fixture(scope="module")
def validators() -> Any:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    registry: Registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT4))
    cache: dict[str, OAS30ReadValidator] = {}

    def get(name: str) -> OAS30ReadValidator:
        if name not in cache:
            cache[name] = OAS30ReadValidator({"$ref": f"urn:spec#/components/schemas/{name}"}, registry=registry)
        return cache[name]

    return get


@pytest.fixture(scope="module")
def world() -> tuple[Emulator, httpx.Client]:
    emu = Emulator(seed=0)
    emu.populate_all_types()
    key = emu.add_key()
    client = httpx.Client(transport=emu.transport(), base_url=API,
                          headers={"Authorization": f"Bearer {mint(key, lifetime=1200)}"})
    return emu, client


def _owner_id(emu: Emulator, rtype: str, rel: str | None) -> str | None:
    records = emu.store.all(rtype)
    if rel is not None:
        for ident, _ in records:
            if emu.store.linked(rtype, ident, rel):
                return ident
    return records[0][0] if records else None


def _required_params(emu: Emulator, route: Any, ident: str | None) -> dict[str, str]:
    params = {}
    for name, spec in route.params.items():
        if not spec.get("r"):
            continue
        field = name[7:-1] if name.startswith("filter[") else name
        rtype = route.target or route.type
        ident0 = emu.store.all(rtype)[0][0]
        if field == "id":
            params[name] = ident0
        elif field in emu.index.relationships(rtype):
            params[name] = (emu.store.linked(rtype, ident0, field) or ["none"])[0]
        elif spec.get("e"):
            params[name] = spec["e"][0]
        else:
            params[name] = str(emu.store.get(rtype, ident0)["attributes"].get(field, "x"))
    return params


def test_every_get_route_validates_against_apples_schema(world: tuple[Emulator, httpx.Client], validators: Any) -> None:
    emu, client = world
    covered: dict[str, int] = {}
    failures: list[str] = []
    routes = [r for r in emu.index.routes if r.method == "GET" and r.kind in KINDS]
    for route in routes:
        ident = _owner_id(emu, route.type, route.rel) if "{id}" in route.path else None
        path = route.path.replace("{id}", ident or "missing")
        response = client.get(path, params=_required_params(emu, route, ident))
        if response.status_code != 200:
            failures.append(f"{route.op}: {response.status_code} {response.text[:200]}")
            continue
        errors = sorted(validators(route.response).iter_errors(response.json()), key=lambda e: e.path)
        if errors:
            failures.append(f"{route.op}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
            continue
        covered[route.kind] = covered.get(route.kind, 0) + 1
    total = sum(covered.values())
    print(f"\nconformance: {total} of {len(routes)} GET routes validated: {covered}")
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])
    assert total == len(routes) >= 600


def test_non_resource_routes_validate(world: tuple[Emulator, httpx.Client], validators: Any) -> None:
    """Metrics, perf/power metrics and diagnostic logs against their schemas; offer code values
    as `text/csv`."""
    emu, client = world
    routes = [r for r in emu.index.routes if r.method == "GET" and r.kind == "other"]
    failures: list[str] = []
    for route in routes:
        ident = _owner_id(emu, route.type, None) or "missing"
        response = client.get(route.path.replace("{id}", ident), params=_required_params(emu, route, ident))
        media = response.headers.get("content-type", "")
        if response.status_code != 200 or media != route.media:
            failures.append(f"{route.op}: {response.status_code} {media} {response.text[:200]}")
            continue
        body = response.text if media == "text/csv" else response.json()
        errors = list(validators(route.response).iter_errors(body))
        if errors:
            failures.append(f"{route.op}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
        elif media != "text/csv" and not (body.get("data") or body.get("productData")):
            failures.append(f"{route.op}: empty answer")
    assert not failures, "\n".join(failures)
    assert len(routes) == 20


def test_csv_negotiation_routes(world: tuple[Emulator, httpx.Client], validators: Any) -> None:
    """The 8 JSON-or-CSV lists: JSON by default, CSV when Accept asks for it."""
    emu, client = world
    routes = [r for r in emu.index.routes if r.method == "GET" and "text/csv" in r.alt]
    assert len(routes) == 8
    for route in routes:
        ident = _owner_id(emu, route.type, route.rel) if "{id}" in route.path else None
        path = route.path.replace("{id}", ident or "missing")
        params = _required_params(emu, route, ident)
        as_json = client.get(path, params=params)
        as_csv = client.get(path, params=params, headers={"Accept": "text/csv"})
        assert as_json.headers["content-type"] == "application/json", route.op
        assert as_csv.status_code == 200 and as_csv.headers["content-type"] == "text/csv", route.op
        assert not list(validators("csv").iter_errors(as_csv.text))
        lines = as_csv.text.splitlines()
        assert lines[0].startswith("id,") and len(lines) == len(as_json.json()["data"]) + 1, route.op


def test_included_documents_validate(world: tuple[Emulator, httpx.Client], validators: Any) -> None:
    _, client = world
    for path, include, schema in [
        ("/v1/apps", "appStoreVersions,builds,betaGroups,appInfos", "AppsResponse"),
        ("/v1/builds", "app,preReleaseVersion,betaGroups", "BuildsResponse"),
        ("/v1/betaGroups", "app,betaTesters,builds", "BetaGroupsResponse"),
    ]:
        body = client.get(path, params={"include": include, "limit": "5"}).json()
        assert body["included"]
        errors = list(validators(schema).iter_errors(body))
        assert not errors, errors[0].message[:300]


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/v1/apps/nope", {}, 404),
        ("/v1/apps", {"limit": "999"}, 400),
        ("/v1/apps", {"bogus": "1"}, 400),
        ("/v1/salesReports", {"filter[vendorNumber]": "80012345"}, 400),
    ],
)
def test_error_bodies_validate_as_error_response(
    world: tuple[Emulator, httpx.Client], validators: Any, path: str, params: dict[str, str], status: int
) -> None:
    _, client = world
    response = client.get(path, params=params)
    assert response.status_code == status
    assert not list(validators("ErrorResponse").iter_errors(response.json()))


def test_unauthorized_body_validates(world: tuple[Emulator, httpx.Client], validators: Any) -> None:
    emu, _ = world
    with httpx.Client(transport=emu.transport(), base_url=API) as anonymous:
        response = anonymous.get("/v1/apps")
    assert response.status_code == 401
    assert not list(validators("ErrorResponse").iter_errors(response.json()))


def _create_body(emu: Emulator, route: Any) -> dict[str, Any]:
    """The smallest create request: required attributes (schema-valid samples) and relationships."""
    from ascapi.emulator._seed import sample_value

    spec = route.body
    attrs = {name: sample_value(name, spec["attrs"][name]) for name in spec["req_attrs"]}
    rels = {}
    for rel in spec["req_rels"]:
        info = spec["rels"][rel]
        sample = {"type": info["type"], "id": emu.store.all(info["type"])[0][0]}
        rels[rel] = {"data": [sample] if info["many"] else sample}
    data: dict[str, Any] = {"type": spec["type"], "attributes": attrs}
    if rels:
        data["relationships"] = rels
    return {"data": data}


def test_attributes_the_emulator_sets_validate() -> None:
    """Every create route: what the emulator adds on its own (defaults, states, dates, upload
    plans) validates against Apple's schema when created and when read back (no nulls the
    spec does not allow)."""
    emu = Emulator(seed=0)
    emu.populate_all_types()
    key = emu.add_key()
    client = httpx.Client(transport=emu.transport(), base_url=API,
                          headers={"Authorization": f"Bearer {mint(key, lifetime=1200)}"})
    failures: list[str] = []
    created = 0
    for route in [r for r in emu.index.routes if r.kind == "create" and r.body and "attrs" in r.body]:
        response = client.post(route.path, json=_create_body(emu, route))
        if response.status_code != 201:
            continue  # a business rule refused the sample (e.g. a made-up locale)
        created += 1
        document = response.json()
        errors = schema_errors(route.response or "", document)
        read = emu.index.match("GET", f"{route.path}/{document['data']['id']}")
        if read is not None:
            again = client.get(f"{route.path}/{document['data']['id']}")
            errors += schema_errors(read[0].response or "", again.json())
        if errors:
            failures.append(f"{route.op}: {errors[0]}")
    assert not failures, "\n".join(failures)
    print(f"\ncreated {created} records through create routes")
    assert created >= 120


def test_review_submissions_on_a_strict_client() -> None:
    """No `submittedDate: null`: a new submission leaves it out, submitting sets it."""
    import ascapi

    emu = Emulator(seed=0)
    with ascapi.Client(emu.credentials(), transport=emu.transport(), strict=True) as client:
        app = client.apps.list(filter_bundle_id=["com.example.notes"]).data[0].id
        body = {"data": {"type": "reviewSubmissions", "attributes": {"platform": "IOS"},
                         "relationships": {"app": {"data": {"type": "apps", "id": app}}}}}
        made = client._call("POST", "/v1/reviewSubmissions", body=body, response_type=dict)["data"]
        assert made["attributes"] == {"state": "READY_FOR_REVIEW", "platform": "IOS"}
        ident = made["id"]
        assert client.review_submissions.get(ident).data.id == ident
        assert [s.id for s in client.review_submissions.list(filter_app=[app]).data] == [ident]
        patch = {"data": {"type": "reviewSubmissions", "id": ident, "attributes": {"submitted": True}}}
        sent = client._call("PATCH", f"/v1/reviewSubmissions/{ident}", body=patch, response_type=dict)["data"]
    assert sent["attributes"]["state"] == "WAITING_FOR_REVIEW" and sent["attributes"]["submittedDate"]
    assert not schema_errors("ReviewSubmission", sent)
