"""A release day with ascapi, start to finish.

    python examples/release_workflow.py --emulator     # the built-in emulator, over real HTTP
    python examples/release_workflow.py                # Apple, with ASC_KEY_ID, ASC_ISSUER_ID,
                                                       # ASC_PRIVATE_KEY_PATH in the environment

1. list the team's apps;  2. create the next App Store version with an en-US localization;
3. add a beta tester to a TestFlight group;  4. upload a screenshot, with progress;
5. download and summarise yesterday's sales report;  6. show the rate limit left.

For your own app, change the settings below (BUNDLE_ID and VENDOR_NUMBER).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import struct
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn
from rich.table import Table

import ascapi
from ascapi.reports import ReportNotAvailable, download_sales_report, summarize
from ascapi.uploads import upload_screenshot

BUNDLE_ID = "com.example.notes"  # the app to release
VENDOR_NUMBER = "80012345"  # Sales and Trends > Reports > vendor number
LOCALE = "en-US"
TESTER = ("jane.appleseed@example.com", "Jane", "Appleseed")
DISPLAY_TYPE = "APP_IPHONE_67"  # 1290 x 2796 screenshots

console = Console()


@contextlib.contextmanager
def connect(emulator: bool, state: str | None) -> Iterator[ascapi.Client]:
    """A client for Apple (credentials from the environment) or for a local emulator."""
    if not emulator:
        with ascapi.Client.from_env() as client:
            yield client
        return
    from ascapi.emulator import Emulator

    emu = Emulator(seed=0, state_file=state)
    with emu.serve(port=0) as base_url, ascapi.Client(emu.credentials(), base_url=base_url) as c:
        console.print(f"[dim]emulator listening on {base_url}[/dim]")
        yield c


# States in which a version is still being prepared and can be edited.
EDITABLE_STATES = frozenset(
    {"PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED", "METADATA_REJECTED",
     "INVALID_BINARY"}
)


def version_state(version: Any) -> str:
    attributes = version.attributes
    return attributes.app_version_state or attributes.app_store_state or ""


def next_version(versions: list[str]) -> str:
    """One minor step above the highest dotted version string seen (1.4.2 -> 1.5.0)."""

    def key(v: str) -> tuple[int, ...]:
        return tuple(int(p) if p.isdigit() else 0 for p in v.split("."))

    top = max(versions, key=key, default="1.0.0")
    major, minor = ([*key(top), 0, 0])[:2]
    return f"{major}.{minor + 1}.0"


def screenshot_png(width: int = 1290, height: int = 2796) -> bytes:
    """A real PNG of the required size: a gradient with a band of noise, a few hundred kB."""
    noise = random.Random(7)
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # PNG filter type: none
        if 1200 <= y < 1300:
            rows.extend(noise.randbytes(width * 3))
        else:
            shade = (y * 255) // height
            rows.extend(bytes((shade, 90, 200 - shade // 2)) * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + chunk(b"IEND", b"")
    )


def release(client: ascapi.Client, screenshot: Path) -> dict[str, Any]:
    done: dict[str, Any] = {}

    # 1. Apps.
    table = Table(title="Apps")
    for column in ("id", "name", "bundle id"):
        table.add_column(column)
    for app in client.apps.list(limit=50, fields_apps=["name", "bundleId"]):
        table.add_row(app.id, app.attributes.name, app.attributes.bundle_id)
    console.print(table)
    app = client.apps.list(filter_bundle_id=[BUNDLE_ID]).data[0]
    done["app"] = app.id

    # 2. The next App Store version, with its localization. Apple allows one version in progress
    #    per platform: continue an editable one, else start the next.
    existing = client.apps.app_store_versions.list(app.id, filter_platform=["IOS"], limit=200).all()
    in_progress = next((v for v in existing if version_state(v) in EDITABLE_STATES), None)
    if in_progress is not None:
        version, action = in_progress, "continued"
        version_string = version.attributes.version_string or ""
    else:
        version_string = next_version([v.attributes.version_string or "" for v in existing])
        version = client.app_store_versions.create(
            platform="IOS", version_string=version_string, app=app.id
        ).data
        action = "created"
    localizations = client.app_store_versions.app_store_version_localizations.list(version.id)
    localization = next((loc for loc in localizations if loc.attributes.locale == LOCALE), None)
    whats_new = f"Version {version_string}: faster sync and a new widget."
    if localization is None:  # Apple creates the primary locale itself; an emulator may not
        localization = client.app_store_version_localizations.create(
            locale=LOCALE, whats_new=whats_new, app_store_version=version.id
        ).data
    else:
        client.app_store_version_localizations.update(localization.id, whats_new=whats_new)
    console.print(
        f"[green]✓[/green] version {version_string} ({version_state(version)}) "
        f"{action} for {app.attributes.name}, {LOCALE} localization {localization.id}"
    )
    done["version"], done["localization"] = version.id, localization.id

    # 3. A beta tester in the first TestFlight group.
    group = client.apps.beta_groups.list(app.id).data[0]
    email, first, last = TESTER
    found = client.beta_testers.list(filter_email=[email]).data
    if found:
        tester_id = found[0].id
        client.beta_groups.beta_testers.add(group.id, [tester_id])
    else:
        tester_id = client.beta_testers.create(
            email=email, first_name=first, last_name=last, beta_groups=[group.id]
        ).data.id
    console.print(f"[green]✓[/green] {email} added to beta group '{group.attributes.name}'")
    done["tester"], done["group"] = tester_id, group.id

    # 4. A screenshot, uploaded in parallel parts with a progress bar. A localization has one
    #    set per display type (Apple refuses a second) holding at most 10 screenshots: reuse the
    #    set, and replace a screenshot of the same name uploaded by an earlier run.
    sets = client.app_store_version_localizations.app_screenshot_sets.list(
        localization.id, filter_screenshot_display_type=[DISPLAY_TYPE]
    ).data
    if sets:
        shot_set = sets[0]
        for old in client.app_screenshot_sets.app_screenshots.list(shot_set.id, limit=50).data:
            if old.attributes.file_name == screenshot.name:
                client.app_screenshots.delete(old.id)
    else:
        shot_set = client.app_screenshot_sets.create(
            screenshot_display_type=DISPLAY_TYPE, app_store_version_localization=localization.id
        ).data
    columns = ("{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=console) as bar:
        task = bar.add_task(f"uploading {screenshot.name}", total=screenshot.stat().st_size)
        asset = upload_screenshot(
            client,
            shot_set.id,
            screenshot,
            progress=lambda sent, total: bar.update(task, completed=sent, total=total),
            poll_interval=0.5,
        )
    parts = len(asset.upload.parts) if asset.upload else 0
    console.print(
        f"[green]✓[/green] screenshot {asset.id}: {asset.state}, {parts} part(s), md5 {asset.checksum}"
    )
    done["screenshot"], done["screenshot_state"] = asset.id, asset.state
    done["screenshot_set"] = shot_set.id

    # 5. Yesterday's sales.
    day = dt.date.today() - dt.timedelta(days=1)
    try:
        report = download_sales_report(
            client, vendor_number=VENDOR_NUMBER, frequency="DAILY", report_date=day
        )
    except ReportNotAvailable as exc:
        console.print(f"no sales report for {day}: {exc.errors[0].detail if exc.errors else exc}")
        done["report_rows"] = 0
    else:
        table = Table(title=f"Sales on {day}: {len(report)} rows")
        table.add_column("title")
        table.add_column("units", justify="right")
        for title, units in summarize(report, by="Title", value="Units"):
            table.add_row(title, f"{units:g}")
        console.print(table)
        proceeds = sorted(report.proceeds().items(), key=lambda kv: -kv[1])
        console.print("proceeds: " + ", ".join(f"{v:.2f} {c}" for c, v in proceeds if v))
        done["report_rows"], done["units"] = len(report), report.total("Units")

    # 6. What is left of the hourly budget.
    limit = client.apps.list(limit=1).rate_limit
    if limit is not None:
        console.print(f"rate limit: {limit.remaining} of {limit.limit} requests left this hour")
        done["rate_limit_remaining"] = limit.remaining
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run on the built-in emulator")
    parser.add_argument("--state", help="emulator state file (keeps the demo's changes)")
    parser.add_argument("--screenshot", type=Path, help="PNG to upload (default: generated)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        shot = args.screenshot
        if shot is None:
            shot = Path(tmp) / "home-screen.png"
            shot.write_bytes(screenshot_png())
        try:
            with connect(args.emulator, args.state) as client:
                release(client, shot)
        except ascapi.AscError as exc:
            console.print(f"[red]failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
