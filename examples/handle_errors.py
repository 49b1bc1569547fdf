"""Handle App Store Connect errors: not found, conflicts, retries, timeouts and the rate limit.

    python examples/handle_errors.py --emulator    # the emulator fails on purpose
    python examples/handle_errors.py               # Apple: the same calls, most of which succeed
    (against Apple: ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH in the environment)

1. NotFoundError: an app that does not exist.
2. ConflictError: a version number already used; `has_code` tells which conflict it is.
   (Apple refuses that create, so nothing changes.)
3. Retries: a flaky service; without retries the call fails, `with_options` rides it out.
4. A timeout: a slow answer and a short per-call timeout.
5. RateLimitError: the hourly budget runs out; `rate_limit` and `retry_after` say what is left.

With --emulator, faults are injected before steps 3 and 4 (`emu.inject_fault`) and the hourly
budget is small, so each error really happens.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from _common import connect, console, start_emulator
from rich.markup import escape

import ascapi

if TYPE_CHECKING:
    from ascapi.emulator import Emulator

BUNDLE_ID = "com.example.notes"
RATE_BUDGET = 8  # emulator only: requests per hour, so that step 5 runs out


def not_found(client: ascapi.Client) -> None:
    try:
        client.apps.get("0000000000")
    except ascapi.NotFoundError as err:
        detail = err.errors[0].detail if err.errors else err.body
        console.print(f"NotFoundError {err.status_code} {err.code}: {escape(str(detail))}")


def conflict(client: ascapi.Client) -> None:
    app = client.apps.list(filter_bundle_id=[BUNDLE_ID]).one(bundle_id=BUNDLE_ID)
    versions = client.apps.app_store_versions.list(app.id, filter_platform=["IOS"], limit=1).data
    taken = (versions[0].attributes.version_string if versions and versions[0].attributes else None)
    if not taken:
        console.print("no version yet: nothing to conflict with")
        return
    try:
        client.app_store_versions.create(platform="IOS", version_string=taken, app=app.id)
    except ascapi.ConflictError as err:
        # Apple's codes form a hierarchy: test the most specific first.
        if err.has_code("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"):
            console.print(f"ConflictError: version {taken} exists already, edit it instead")
        elif err.has_code("ENTITY_ERROR"):
            console.print(f"ConflictError, the request was refused: {err.code}")
        else:
            raise


def retries(client: ascapi.Client, emu: Emulator | None) -> None:
    if emu is not None:  # the next two GET /v1/apps answer 503 (with Retry-After: 1)
        emu.inject_fault("/v1/apps", status=503, method="GET", times=2)
    try:
        client.with_options(max_retries=0).apps.list(limit=1)
        console.print("without retries: succeeded")
    except ascapi.InternalServerError as err:
        console.print(f"without retries: InternalServerError {err.status_code}, "
                      f"retry_after={err.retry_after}")
    started = time.monotonic()
    client.with_options(max_retries=4).apps.list(limit=1)  # 429, 5xx and network errors
    console.print(f"with up to 4 retries: succeeded in {time.monotonic() - started:.1f} s")


def timeout(client: ascapi.Client, emu: Emulator | None) -> None:
    if emu is not None:  # the next GET /v1/apps answers after a second
        emu.inject_fault("/v1/apps", latency=1.0, method="GET", times=1)
    try:
        # A GET that times out is retried; max_retries=0 fails fast instead.
        client.with_options(max_retries=0).apps.list(limit=1, timeout=0.5)
        console.print("within 0.5 s: succeeded")
    except ascapi.APITimeoutError as err:
        console.print(f"APITimeoutError: {escape(str(err))}")


def rate_limit(client: ascapi.Client, calls: int = 5) -> None:
    for n in range(1, calls + 1):
        try:
            page = client.apps.list(limit=1)
        except ascapi.RateLimitError as err:
            left = err.rate_limit.remaining if err.rate_limit else "?"
            if err.retry_after is not None:
                when = f"retry in {err.retry_after:.0f} s"
            else:  # Apple's budget is per rolling hour: it comes back bit by bit
                when = "slow down until requests come back"
            console.print(f"call {n}: RateLimitError, requests left this hour: {left}; {when}")
            return
        remaining = page.rate_limit.remaining if page.rate_limit else "?"
        console.print(f"call {n}: ok, requests left this hour: {remaining}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run on the built-in emulator")
    args = parser.parse_args(argv)
    emu = start_emulator(args.emulator, rate_limit=RATE_BUDGET)
    try:
        with connect(emu) as client:
            console.rule("1. not found")
            not_found(client)
            console.rule("2. conflict")
            conflict(client)
            console.rule("3. retries")
            retries(client, emu)
            console.rule("4. timeout")
            timeout(client, emu)
            console.rule("5. rate limit")
            rate_limit(client)
    except ascapi.AscError as exc:  # anything not handled above
        console.print(f"[red]failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
