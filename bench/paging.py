"""Iterating a whole collection: the emulator's 1,200 devices, 200 a page, followed by
``links.next``; ascapi's auto-paging iterator against a raw httpx loop over the same transport."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

import ascapi

from . import _fixtures
from ._timing import Row, compare, compare_async

GROUP = "pagination"
RAW = "raw httpx loop on links.next"


def _raw_all(http: httpx.Client, url: str, headers: dict[str, str]) -> list[Any]:
    items: list[Any] = []
    next_url: str | None = url
    while next_url:
        document = http.get(next_url, headers=headers).raise_for_status().json()
        items.extend(document["data"])
        next_url = document["links"].get("next")
    return items


async def _raw_all_async(http: httpx.AsyncClient, url: str, headers: dict[str, str]) -> list[Any]:
    items: list[Any] = []
    next_url: str | None = url
    while next_url:
        document = (await http.get(next_url, headers=headers)).raise_for_status().json()
        items.extend(document["data"])
        next_url = document["links"].get("next")
    return items


def run(rounds: int = 7, inner: int = 2, limit: int = 200) -> list[Row]:
    emu, creds = _fixtures.emulator()
    headers = {"Authorization": f"Bearer {creds.token()}", "Accept": "application/json"}
    url = f"{_fixtures.API}/v1/devices?limit={limit}"
    total = len(emu.store.all("devices"))
    note = f"{total} devices, {-(-total // limit)} pages, in-process emulator"

    with ascapi.Client(creds, transport=emu.transport()) as client, \
            httpx.Client(transport=emu.transport()) as http:
        def typed() -> list[Any]:
            return [d for d in client.devices.list(limit=limit)]

        found = {"ascapi for d in devices.list()": typed, RAW: lambda: _raw_all(http, url, headers)}
        assert len(typed()) == len(_raw_all(http, url, headers)) == total
        timings = compare(found, rounds=rounds, inner=inner)
        rows = [timings.row(GROUP, "ascapi for d in devices.list()", RAW, note)]

    async def run_async() -> Row:
        async with ascapi.AsyncClient(creds, transport=emu.async_transport()) as client, \
                httpx.AsyncClient(transport=emu.async_transport()) as http:
            async def typed() -> list[Any]:
                return [d async for d in client.devices.list(limit=limit)]

            async def raw() -> list[Any]:
                return await _raw_all_async(http, url, headers)

            timings = await compare_async({"typed": typed, "raw": raw}, rounds=rounds, inner=inner)
            return timings.row(GROUP, "typed", "raw", label="ascapi async for d in devices.list()",
                               baseline_label=RAW + " (async)")

    rows.append(asyncio.run(run_async()))
    return rows
