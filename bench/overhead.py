"""Per-request overhead: ``GET /v1/apps`` through ascapi against raw httpx doing the same request
with a ready-made bearer token, on the same transport.

In-process, a canned answer (the emulator's apps page) isolates the client's own cost: query and
URL building, headers, token cache, status handling, typed decoding and the rate-limit header. Over
real HTTP (the emulator on loopback) the same cost is diluted by the network stack and the server.
Two raw baselines: the body as bytes (the transport floor, for the untyped ``request()``), and
the body parsed with ``response.json()`` as a caller of raw httpx would (for the typed call, which
parses with msgspec instead of the standard library's json, and builds the models too).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

import ascapi

from . import _fixtures
from ._timing import Row, compare, compare_async

GROUP = "request"
RAW = "raw httpx + .json()"
RAW_BYTES = "raw httpx (bytes)"
TYPED = "ascapi apps.list()"
UNTYPED = "ascapi request() (bytes)"


def _sync_pair(client: ascapi.Client, http: httpx.Client, url: str,
               token: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    return {
        TYPED: lambda: client.apps.list().data,
        UNTYPED: lambda: client.request("GET", "/v1/apps").content,
        RAW: lambda: http.get(url, headers=headers).json(),
        RAW_BYTES: lambda: http.get(url, headers=headers).content,
    }


def _async_pair(client: ascapi.AsyncClient, http: httpx.AsyncClient, url: str,
                token: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    async def typed() -> Any:
        return (await client.apps.list()).data

    async def untyped() -> Any:
        return (await client.request("GET", "/v1/apps")).content

    async def raw() -> Any:
        return (await http.get(url, headers=headers)).json()

    async def raw_bytes() -> Any:
        return (await http.get(url, headers=headers)).content

    return {TYPED: typed, UNTYPED: untyped, RAW: raw, RAW_BYTES: raw_bytes}


def _rows(timings: Any, where: str, note: str = "") -> list[Row]:
    return [
        timings.row(GROUP, TYPED, RAW, note, label=f"{TYPED} [{where}]"),
        timings.row(GROUP, TYPED, RAW_BYTES, label=f"{TYPED} [{where}]"),
        timings.row(GROUP, UNTYPED, RAW_BYTES, label=f"{UNTYPED} [{where}]"),
    ]


def run_inprocess(rounds: int = 9, inner: int = 200) -> list[Row]:
    creds = _fixtures.credentials()
    body = _fixtures.apps_page()
    url = f"{_fixtures.API}/v1/apps"
    rows: list[Row] = []
    with ascapi.Client(creds, transport=_fixtures.canned_transport(body)) as client, \
            httpx.Client(transport=_fixtures.canned_transport(body)) as http:
        found = _sync_pair(client, http, url, creds.token())
        timings = compare(found, rounds=rounds, inner=inner)
        rows += _rows(timings, "sync, canned", f"{len(body)} B page of 4 apps")

    async def run_async() -> list[Row]:
        async with ascapi.AsyncClient(creds, transport=_fixtures.canned_transport(body)) as client, \
                httpx.AsyncClient(transport=_fixtures.canned_transport(body)) as http:
            found = _async_pair(client, http, url, creds.token())
            timings = await compare_async(found, rounds=rounds, inner=inner)
            return _rows(timings, "async, canned")

    return rows + asyncio.run(run_async())


def run_http(rounds: int = 7, inner: int = 40) -> list[Row]:
    emu, creds = _fixtures.emulator()
    rows: list[Row] = []
    with emu.serve() as base_url:
        url = f"{base_url}/v1/apps"
        with ascapi.Client(creds, base_url=base_url) as client, httpx.Client() as http:
            found = _sync_pair(client, http, url, creds.token())
            timings = compare(found, rounds=rounds, inner=inner)
            rows += _rows(timings, "sync, loopback HTTP", "emulator served by uvicorn")

        async def run_async() -> list[Row]:
            async with ascapi.AsyncClient(creds, base_url=base_url) as client, \
                    httpx.AsyncClient() as http:
                found = _async_pair(client, http, url, creds.token())
                timings = await compare_async(found, rounds=rounds, inner=inner)
                return _rows(timings, "async, loopback HTTP")

        rows += asyncio.run(run_async())
    return rows


def run(rounds: int = 9, inner: int = 200, http_rounds: int = 7, http_inner: int = 40) -> list[Row]:
    return run_inprocess(rounds, inner) + run_http(http_rounds, http_inner)
