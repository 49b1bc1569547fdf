"""What the examples share: a client for Apple, or for a local emulator of App Store Connect.

Every example takes `--emulator`. Without it, the client is built from the environment:
ASC_KEY_ID, ASC_ISSUER_ID and ASC_PRIVATE_KEY_PATH (or ASC_PRIVATE_KEY).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from rich.console import Console

import ascapi

if TYPE_CHECKING:
    from ascapi.emulator import Emulator

console = Console()


def start_emulator(enabled: bool, **options: Any) -> Emulator | None:
    """A local App Store Connect with a demo team when `enabled`, else None (talk to Apple).

    `options` go to `Emulator`: `state_file=` keeps its state in a JSON file between runs,
    `rate_limit=` sets the hourly request budget.
    """
    if not enabled:
        return None
    from ascapi.emulator import Emulator  # needs the `emulator` extra

    return Emulator(seed=0, **options)


@contextlib.contextmanager
def connect(emu: Emulator | None) -> Iterator[ascapi.Client]:
    """A client for Apple when `emu` is None, else for `emu` served over real HTTP."""
    if emu is None:
        with ascapi.Client.from_env() as client:
            yield client
        return
    with emu.serve(port=0) as base_url, ascapi.Client(emu.credentials(), base_url=base_url) as c:
        console.print(f"[dim]emulator listening on {base_url}[/dim]")
        yield c


@contextlib.asynccontextmanager
async def connect_async(emu: Emulator | None) -> AsyncIterator[ascapi.AsyncClient]:
    """The async twin of `connect`."""
    if emu is None:
        async with ascapi.AsyncClient.from_env() as client:
            yield client
        return
    with emu.serve(port=0) as base_url:
        async with ascapi.AsyncClient(emu.credentials(), base_url=base_url) as client:
            console.print(f"[dim]emulator listening on {base_url}[/dim]")
            yield client


def version_key(version: str) -> tuple[int, ...]:
    """'1.10.0' -> (1, 10, 0): version strings compared as numbers, so 1.10 comes after 1.9."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))
