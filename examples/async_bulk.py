"""Every app's builds and App Store versions, fetched concurrently with the async client.

    python examples/async_bulk.py --emulator
    python examples/async_bulk.py --concurrency 8
    (against Apple: ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH in the environment)

Lists are read with `async for` (which follows every page); a semaphore keeps at most
--concurrency listings running at once, so a team with many apps does not burst Apple's limit.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from typing import Any, TypeVar

from _common import connect_async, console, start_emulator, version_key
from rich.markup import escape
from rich.table import Table

import ascapi
from ascapi.models.app import App

T = TypeVar("T")


async def fetch_all(pager: ascapi.AsyncPager[Any, T], limit: asyncio.Semaphore) -> list[T]:
    """Every item of a list, every page, once a slot is free."""
    async with limit:
        return [item async for item in pager]


async def summarise(client: ascapi.AsyncClient, app: App,
                    limit: asyncio.Semaphore) -> tuple[str, int, int, str]:
    """(app name, builds, versions, newest version and its state)."""
    builds, versions = await asyncio.gather(
        fetch_all(client.apps.builds.list(app.id, limit=200), limit),
        fetch_all(client.apps.app_store_versions.list(app.id, limit=200), limit),
    )
    state_of = {v.attributes.version_string or "": v.attributes.app_version_state or ""
                for v in versions if v.attributes}
    newest = ""
    if state_of:
        top = max(state_of, key=version_key)
        newest = f"{top} ({state_of[top]})"
    name = (app.attributes.name if app.attributes else None) or app.id
    return name, len(builds), len(versions), newest


async def run(client: ascapi.AsyncClient, concurrency: int) -> list[tuple[str, int, int, str]]:
    started = time.perf_counter()
    apps = [app async for app in client.apps.list(limit=200)]
    limit = asyncio.Semaphore(concurrency)
    rows = await asyncio.gather(*(summarise(client, app, limit) for app in apps))

    table = Table(title=f"{len(apps)} apps in {time.perf_counter() - started:.2f} s")
    for column in ("app", "builds", "versions", "newest version"):
        table.add_column(column, justify="right" if column in ("builds", "versions") else "left")
    for name, builds, versions, newest in sorted(rows):
        table.add_row(escape(name), str(builds), str(versions), newest)
    console.print(table)

    page = await client.apps.list(limit=1)  # every response carries the rate limit
    if page.rate_limit is not None:
        console.print(f"rate limit: {page.rate_limit.remaining} of {page.rate_limit.limit} "
                      "requests left this hour")
    return rows


async def amain(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run on the built-in emulator")
    parser.add_argument("--concurrency", type=int, default=4, help="listings at once")
    args = parser.parse_args(argv)
    try:
        async with connect_async(start_emulator(args.emulator)) as client:
            await run(client, args.concurrency)
    except ascapi.AscError as exc:
        console.print(f"[red]failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(amain(argv))


if __name__ == "__main__":
    sys.exit(main())
