"""The contract's own tools must be able to fail: the validator catches what Prism lets through,
the synthesised arguments satisfy the spec, and Prism behaves as the workarounds assume."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from ._driver import DURATION, RawCaller, mock_defect, prism_workaround_keys
from ._prism import Prism, PrismMode
from ._spec import Spec
from ._synth import Synthesizer
from ._validate import RequestValidator

BEARER = {"Authorization": "Bearer contract"}


def _request(method: str, url: str, body: Any = None) -> httpx.Request:
    content = None if body is None else json.dumps(body).encode()
    headers = {**BEARER, **({"Content-Type": "application/json"} if content else {})}
    return httpx.Request(method, "http://127.0.0.1" + url, headers=headers, content=content)


def test_spec_has_the_operations_design_md_counts(spec: Spec) -> None:
    assert len(spec.operations) == 1263
    refused = sorted(op.operation_id for op in spec.operations.values() if op.bracketed_required)
    assert len(refused) == 10, refused


def test_validator_accepts_a_correct_request(spec: Spec, validator: RequestValidator) -> None:
    op = spec.operations["apps_getCollection"]
    url = "/v1/apps?filter%5BbundleId%5D=com.example.app&fields%5Bapps%5D=name%2CbundleId&limit=200"
    assert validator.check(op, _request("GET", url)) == []


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("/v1/apps?bogus=1", "not declared"),
        ("/v1/apps?fields%5Bapps%5D=name%2Cnosuchfield", "not in enum"),
        ("/v1/apps?limit=201", "> maximum 200"),
        ("/v1/apps?limit=ten", "not an integer"),
        ("/v1/apps?limit=5&limit=6", "sent twice"),
        ("/v1/apps?fields%5Bapps%5D=name%2C%2CbundleId", "empty item"),
        ("/v1/apps?exists%5BgameCenterEnabledVersions%5D=yes", "not true/false"),
        ("/v1/apps/123", "does not match /v1/apps"),
    ],
)
def test_validator_catches_what_prism_lets_through(
    spec: Spec, validator: RequestValidator, url: str, complaint: str
) -> None:
    problems = validator.check(spec.operations["apps_getCollection"], _request("GET", url))
    assert any(complaint in p for p in problems), problems


def test_validator_checks_required_and_what_was_asked(
    spec: Spec, validator: RequestValidator
) -> None:
    actors = spec.operations["actors_getCollection"]
    assert any("missing" in p for p in validator.check(actors, _request("GET", "/v1/actors")))
    sent = _request("GET", "/v1/actors?filter%5Bid%5D=a%20b")
    assert validator.check(actors, sent, expected_query={"filter[id]": "a b"}) == []
    dropped = validator.check(actors, sent, expected_query={"filter[id]": "a b", "limit": "5"})
    assert any("differs" in p for p in dropped), dropped


def test_validator_checks_bodies(spec: Spec, validator: RequestValidator) -> None:
    op = spec.operations["bundleIds_createInstance"]
    good = {
        "data": {
            "type": "bundleIds",
            "attributes": {"name": "x", "identifier": "com.x", "platform": "IOS"},
        }
    }
    assert validator.check(op, _request("POST", "/v1/bundleIds", good)) == []
    bad = json.loads(json.dumps(good))
    bad["data"]["type"] = "apps"
    assert any(
        "openapi-core" in p for p in validator.check(op, _request("POST", "/v1/bundleIds", bad))
    )
    missing = validator.check(op, _request("POST", "/v1/bundleIds"))
    assert any("content-type" in p or "body" in p for p in missing), missing


@pytest.mark.parametrize("mode", ["full", "sample"])
def test_synthesised_requests_satisfy_the_spec(
    spec: Spec, validator: RequestValidator, mode: Any
) -> None:
    """Every plan, sent as plain httpx would, passes the independent validator (no Prism)."""
    synth = Synthesizer(spec, seed=5)
    failures = []
    for op in spec.operations.values():
        plan = synth.plan(op, mode)
        path = op.path.replace("{id}", plan.resource_id or "")
        request = httpx.Client().build_request(
            op.method,
            "http://127.0.0.1" + path,
            params=plan.wire_query(),
            json=plan.body,
            headers=BEARER,
        )
        problems = validator.check(op, request, expected_query=plan.wire_query())
        if problems:
            failures.append(f"{op.operation_id}: {problems}")
    assert not failures, "\n".join(failures[:20])


def test_mock_defect_recognises_only_the_duration_bug() -> None:
    duration = {
        "location": ["response", "body", "data", "attributes", "recurrenceDuration"],
        "code": "format",
        "message": 'Response body property data.attributes.recurrenceDuration must match format "duration"',
    }
    assert mock_defect([duration]) == DURATION
    other = {"location": ["response", "body", "data", "id"], "code": "type", "message": "x"}
    assert mock_defect([duration, other]) is None
    assert mock_defect([]) is None


@pytest.mark.prism
def test_prism_quirks_the_contract_relies_on(
    prism: Prism, spec: Spec, validator: RequestValidator
) -> None:
    """If one of these changes with a new Prism, revisit the matching workaround."""
    base = prism.ensure(PrismMode())
    with httpx.Client(base_url=base, headers=BEARER, timeout=30) as http:
        # Prism does validate: out-of-bounds limit and a missing token are refused.
        assert http.get("/v1/apps", params={"limit": 500}).status_code == 400
        assert httpx.get(f"{base}/v1/apps", timeout=30).status_code == 401
        # It lets undeclared keys and bracketed values through (hence the validator).
        assert http.get("/v1/apps", params={"bogus": "1"}).status_code == 200
        assert http.get("/v1/apps", params={"fields[apps]": "nosuchfield"}).status_code == 200
        # It refuses a required bracketed parameter however it is sent ...
        refused = http.get("/v1/actors", params={"filter[id]": "a"})
        assert refused.status_code == 400
        assert "filter%5bid%5d" in refused.headers["sl-violations"]
    # ... and accepts it with the workaround key the driver adds.
    op = spec.operations["actors_getCollection"]
    assert prism_workaround_keys(op) == ["filter[id]"]
    raw = RawCaller(base, "contract", validator)
    try:
        outcome = raw.run(Synthesizer(spec).plan(op, "full"), workaround=True)
    finally:
        raw.close()
    assert outcome.accepted and outcome.valid and outcome.result_ok, outcome.report()
