"""Inputs shared by the benchmarks: the seeded emulator, canned pages, a 200-build page."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx

import ascapi
from ascapi.emulator import DEFAULT_API_ORIGIN, Emulator

API = DEFAULT_API_ORIGIN
BUILD_INCLUDE = "app,appStoreVersion,betaGroups,preReleaseVersion,buildBetaDetail"


def emulator() -> tuple[Emulator, ascapi.Credentials]:
    """A freshly seeded emulator (1,200 devices, 4 apps, 24 builds) with a key and a high rate limit."""
    emu = Emulator(seed=0, rate_limit=10_000_000)
    return emu, emu.credentials()


@functools.lru_cache(maxsize=1)
def _seed_documents() -> dict[str, bytes]:
    emu, creds = emulator()
    headers = {"Authorization": f"Bearer {creds.token()}"}
    with httpx.Client(transport=emu.transport(), base_url=API, headers=headers) as http:
        def get(path: str, **params: Any) -> bytes:
            response = http.get(path, params=params)
            response.raise_for_status()
            return response.content

        return {
            "apps": get("/v1/apps"),
            "builds": get("/v1/builds", limit=200, include=BUILD_INCLUDE),
            "devices": get("/v1/devices", limit=200),
        }


def apps_page() -> bytes:
    """The emulator's ``GET /v1/apps`` answer (4 apps, every relationship link): a typical small page."""
    return _seed_documents()["apps"]


def devices_page() -> bytes:
    """The emulator's first page of ``GET /v1/devices?limit=200``."""
    return _seed_documents()["devices"]


@functools.lru_cache(maxsize=4)
def builds_page(items: int = 200) -> bytes:
    """A ``BuildsResponse`` of ``items`` builds with ``included`` apps, versions and groups.

    The emulator's seed team has 24 builds, so they are cloned under new ids until there are
    ``items``; each clone gets its own copies of the versions and groups it links to (as a
    bigger team would have), while the 4 apps stay shared, as on a real page of builds.
    """
    seed = json.loads(_seed_documents()["builds"])
    builds: list[dict[str, Any]] = seed["data"]
    included: list[dict[str, Any]] = seed.get("included", [])
    per_clone = [i for i in included if i["type"] != "apps"]
    shared = [i for i in included if i["type"] == "apps"]
    data: list[dict[str, Any]] = []
    extra: list[dict[str, Any]] = []
    clone = 0
    while len(data) < items:
        renamed = {r["id"]: f"{r['id'][:-4]}{clone:04d}" for r in (*builds, *per_clone)}
        take = builds[: items - len(data)]
        data.extend(_rename(b, renamed) for b in take)
        extra.extend(_rename(i, renamed) for i in per_clone)
        clone += 1
    document = {
        "data": data,
        "included": shared + extra,
        "links": {"self": f"{API}/v1/builds?limit={items}&include={BUILD_INCLUDE}",
                  "next": f"{API}/v1/builds?cursor=eyJvZmZzZXQiOiIyMDAifQ&limit={items}"},
        "meta": {"paging": {"total": 4 * items, "limit": items}},
    }
    return json.dumps(document, separators=(",", ":")).encode()


def _rename(resource: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    text = json.dumps(resource)
    for old, new in renamed.items():
        if old in text:
            text = text.replace(old, new)
    return json.loads(text)  # type: ignore[no-any-return]


def canned_transport(body: bytes) -> httpx.MockTransport:
    """Answers every request with ``body`` as Apple would (JSON, rate-limit header)."""
    headers = {"content-type": "application/json",
               "x-rate-limit": "user-hour-lim:3600;user-hour-rem:3599;"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=body)

    return httpx.MockTransport(handler)


KEY_ID = "BENCHKEY01"
ISSUER_ID = "69a6de70-0000-47e3-e053-5b8c7c11a4d1"


@functools.lru_cache(maxsize=1)
def private_key_pem() -> str:
    """A throwaway P-256 key (the canned transport checks no signature)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).decode()


def credentials() -> ascapi.Credentials:
    """Credentials for :func:`private_key_pem`, for canned transports."""
    return ascapi.Credentials(KEY_ID, ISSUER_ID, private_key_pem())
