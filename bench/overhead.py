"""Per-request overhead: ``GET /v1/apps`` through ascapi against raw httpx doing the same request
with a ready-made bearer token, on the same transport.

In-process, a canned answer (the emulator's apps page) isolates the client's own cost: query and
URL building, headers, token cache, status handling, typed decoding and the rate-limit header. Over
real HTTP (the emulator on loopback) the same cost is diluted by the network stack and the server.
The raw side parses the JSON too (``response.json()``), as any caller of raw httpx would.
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


def _sync_pair(client: ascapi.Client, http: httpx.Client, url: str,
               token: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    return {
        "ascapi apps.list()": lambda: client.apps.list().data,
        "ascapi request() (untyped)": lambda: client.request("GET", "/v1/apps").json(),
        RAW: lambda: http.get(url, headers=headers).json(),
    }


def _async_pair(client: ascapi.AsyncClient, http: httpx.AsyncClient, url: str,
                token: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    async def typed() -> Any:
        return (await client.apps.list()).data

    async def raw() -> Any:
        return (await http.get(url, headers=headers)).json()

    return {"ascapi apps.list()": typed, RAW: raw}


def _rows(timings: Any, where: str, names: list[str], note: str = "") -> list[Row]:
    return [timings.row(GROUP, name, RAW, note, label=f"{name} [{where}]") for name in names if name != RAW]


def run_inprocess(rounds: int = 9, inner: int = 200) -> list[Row]:
    creds = _fixtures.credentials()
    body = _fixtures.apps_page()
    url = f"{_fixtures.API}/v1/apps"
    rows: list[Row] = []
    with ascapi.Client(creds, transport=_fixtures.canned_transport(body)) as client, \
            httpx.Client(transport=_fixtures.canned_transport(body)) as http:
        found = _sync_pair(client, http, url, creds.token())
        timings = compare(found, rounds=rounds, inner=inner)
        rows += _rows(timings, "sync, canned", list(found), f"{len(body)} B page")

    async def run_async() -> list[Row]:
        async with ascapi.AsyncClient(creds, transport=_fixtures.canned_transport(body)) as client, \
                httpx.AsyncClient(transport=_fixtures.canned_transport(body)) as http:
            found = _async_pair(client, http, url, creds.token())
            timings = await compare_async(found, rounds=rounds, inner=inner)
            return _rows(timings, "async, canned", list(found))

    return rows + asyncio.run(run_async())


def run_http(rounds: int = 7, inner: int = 40) -> list[Row]:
    emu, creds = _fixtures.emulator()
    rows: list[Row] = []
    with emu.serve() as base_url:
        url = f"{base_url}/v1/apps"
        with ascapi.Client(creds, base_url=base_url) as client, httpx.Client() as http:
            found = _sync_pair(client, http, url, creds.token())
            timings = compare(found, rounds=rounds, inner=inner)
            rows += _rows(timings, "sync, loopback HTTP", list(found))

        async def run_async() -> list[Row]:
            async with ascapi.AsyncClient(creds, base_url=base_url) as client, \
                    httpx.AsyncClient() as http:
                found = _async_pair(client, http, url, creds.token())
                timings = await compare_async(found, rounds=rounds, inner=inner)
                return _rows(timings, "async, loopback HTTP", list(found))

        rows += asyncio.run(run_async())
    return rows


def run(rounds: int = 9, inner: int = 200, http_rounds: int = 7, http_inner: int = 40) -> list[Row]:
    return run_inprocess(rounds, inner) + run_http(http_rounds, http_inner)
