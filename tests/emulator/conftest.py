from __future__ import annotations

import functools
import json
import os
import pathlib
import time
from collections.abc import Iterator
from typing import Any

import httpx
import jwt
import pytest

from ascapi.emulator import Emulator, KeyCredentials

API = "https://api.appstoreconnect.apple.com"


def mint(key: KeyCredentials, *, lifetime: int = 600, iat_offset: int = 0, **overrides: Any) -> str:
    now = int(time.time()) + iat_offset
    claims: dict[str, Any] = {"iat": now, "exp": now + lifetime, "aud": "appstoreconnect-v1"}
    if key.issuer_id is None:
        claims["sub"] = "user"
    else:
        claims["iss"] = key.issuer_id
    claims.update(overrides)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, key.private_key, algorithm="ES256", headers={"kid": key.key_id, "typ": "JWT"})


@pytest.fixture(scope="module")
def shared_emu() -> Emulator:
    """A seeded emulator for read-only tests (seeding 1,200 devices takes ~0.1 s)."""
    return Emulator(seed=0)


@pytest.fixture
def emu() -> Emulator:
    return Emulator(seed=0)


@pytest.fixture
def key(emu: Emulator) -> KeyCredentials:
    return emu.add_key()


@pytest.fixture
def api(emu: Emulator, key: KeyCredentials) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {mint(key)}"}
    with httpx.Client(transport=emu.transport(), base_url=API, headers=headers) as client:
        yield client


@pytest.fixture(scope="module")
def shared_api(shared_emu: Emulator) -> Iterator[httpx.Client]:
    key = shared_emu.add_key()
    headers = {"Authorization": f"Bearer {mint(key, lifetime=1200)}"}
    with httpx.Client(transport=shared_emu.transport(), base_url=API, headers=headers) as client:
        yield client


def first_error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"errors"}
    err: dict[str, Any] = body["errors"][0]
    assert err["status"] == str(response.status_code)
    assert {"id", "status", "code", "title", "detail"} <= set(err)
    return err


SPEC = pathlib.Path(os.environ.get(
    "ASCAPI_SPEC",
    pathlib.Path(__file__).resolve().parents[3] / "shared/openapi/app-store-connect-openapi-4.4.1.json",
))
needs_spec = pytest.mark.skipif(not SPEC.exists(), reason="Apple's spec is not available")


@functools.lru_cache(maxsize=1)
def _registry() -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    return Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT4))


@functools.lru_cache(maxsize=512)
def spec_validator(schema: str) -> Any:
    """A validator of Apple's component schema `schema` (OpenAPI 3.0 read semantics)."""
    from openapi_schema_validator import OAS30ReadValidator

    return OAS30ReadValidator({"$ref": f"urn:spec#/components/schemas/{schema}"}, registry=_registry())


def schema_errors(schema: str, document: Any) -> list[str]:
    return [f"{e.message[:200]} at {list(e.absolute_path)}" for e in spec_validator(schema).iter_errors(document)]
